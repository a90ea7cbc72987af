"""Your explanation: a single request or a synchronous library doesn't need
asyncio; independent waits like these two are where it helps."""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    user, posts = asyncio.gather(fetch_user(user_id), fetch_posts(user_id))
    return {"user": user, "posts": posts}
