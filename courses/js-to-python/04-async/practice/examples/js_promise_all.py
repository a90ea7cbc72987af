"""Fetch a user and their posts at the same time.

The two requests do not depend on each other, so asyncio.gather overlaps them.
I would keep the code synchronous for a script that makes one call, or when
each step needs the previous result: plain functions are simpler there.
"""
import asyncio


async def load_user_and_posts(user_id):
    const [user, posts] = await Promise.all([fetch_user(user_id), fetch_posts(user_id)]);
    return {"user": user, "posts": posts}
