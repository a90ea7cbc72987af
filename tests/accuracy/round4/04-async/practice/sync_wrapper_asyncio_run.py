"""I wrap the async part so callers don't need to know about asyncio.  I'd skip
asyncio entirely for CPU-bound work or a single request.
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def _both(user_id):
    return await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))


def load_user_and_posts(user_id):
    user, posts = asyncio.run(_both(user_id))
    return {"user": user, "posts": posts}
