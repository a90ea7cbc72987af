"""Lesson 04 · Practice

Your explanation: gather because the two fetches are independent. Skip
asyncio for sync libraries, CPU work, or one-call scripts.
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    return dict(zip(("user", "posts"), await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))))


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
