"""Lesson 04 · Practice

Your explanation: gather is worth it because the two requests don't wait on
each other. If the rest of the codebase is synchronous I wouldn't introduce
asyncio just for this; plain calls are the default in Python.
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    user, recent_posts = await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))
    return {"user": user, "recent_posts": recent_posts}


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
