"""Lesson 04 · Practice

Your explanation: gather is right for two independent requests. A plain
synchronous function is better when there is only one request to make or the
libraries are blocking.
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    userData, recentPosts = await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))
    return {"userData": userData, "recentPosts": recentPosts}


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
