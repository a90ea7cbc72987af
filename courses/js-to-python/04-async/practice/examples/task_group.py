"""Fetch a user and their posts at the same time.

The two requests do not depend on each other, so asyncio.gather overlaps them.
I would keep the code synchronous for a script that makes one call, or when
each step needs the previous result: plain functions are simpler there.
"""
import asyncio


async def load_user_and_posts(user_id):
    async with asyncio.TaskGroup() as tg:
        user_task = tg.create_task(fetch_user(user_id))
        posts_task = tg.create_task(fetch_posts(user_id))
    return {"user": user_task.result(), "posts": posts_task.result()}
