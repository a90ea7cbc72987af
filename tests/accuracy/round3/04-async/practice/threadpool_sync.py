"""Your explanation: most of the time I'd keep code synchronous; async only
matters when many I/O calls must overlap."""
from concurrent.futures import ThreadPoolExecutor

import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    with ThreadPoolExecutor() as pool:
        user_future = pool.submit(asyncio.run, fetch_user(user_id))
        posts_future = pool.submit(asyncio.run, fetch_posts(user_id))
        return {"user": user_future.result(), "posts": posts_future.result()}


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
