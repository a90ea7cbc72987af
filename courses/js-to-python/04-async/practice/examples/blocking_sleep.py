"""Both requests are independent, so gather runs them at once.

For a script that makes a single call, plain synchronous code is simpler.
"""
import asyncio
import time


async def fetch_user(user_id):
    time.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    time.sleep(0.01)
    return [{"id": 1, "title": "Hello"}]


async def load_user_and_posts(user_id):
    user, posts = await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))
    return {"user": user, "posts": posts}
