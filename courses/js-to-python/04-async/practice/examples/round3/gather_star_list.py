"""Your explanation: sync is clearer unless many requests need to overlap."""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    coros = [fetch_user(user_id), fetch_posts(user_id)]
    results = await asyncio.gather(*coros)
    return results
