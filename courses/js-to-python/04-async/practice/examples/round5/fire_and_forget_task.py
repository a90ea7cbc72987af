"""Your explanation: for a single call or with blocking libraries I'd write
synchronous code; async only helps when waits overlap."""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    posts_task = asyncio.create_task(fetch_posts(user_id))
    user = await fetch_user(user_id)
    return {"user": user, "posts": posts_task}
