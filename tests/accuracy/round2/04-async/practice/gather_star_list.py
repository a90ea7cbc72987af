"""Your explanation: leave asyncio out for CPU-heavy work (await doesn't make
arithmetic parallel) and when everything you call is synchronous; then a
normal function is clearer.
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    coros = [fetch_user(user_id), fetch_posts(user_id)]
    user, posts = await asyncio.gather(*coros)
    return {"user": user, "posts": posts}


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
