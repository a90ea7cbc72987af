"""Lesson 04 · Practice

Your explanation: independent calls go in gather. I'd leave asyncio out when
there is no concurrent I/O, since sync code is simpler.
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    user, posts = await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))
    return [user, posts]


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
