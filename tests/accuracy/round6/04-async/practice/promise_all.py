"""Lesson 04 · Practice

Your explanation: both calls are independent so they can run together; a
script with a single call should just be synchronous.
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    user, posts = await Promise.all([fetch_user(user_id), fetch_posts(user_id)])
    return {"user": user, "posts": posts}


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
