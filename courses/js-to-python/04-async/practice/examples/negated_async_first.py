"""Async is not always the first tool in Python, and it is not always faster.

I use gather here because both requests wait on the network at once; for a
single request in a synchronous codebase I would write a plain function.
"""
import asyncio


async def load_user_and_posts(user_id):
    user, posts = await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))
    return {"user": user, "posts": posts}
