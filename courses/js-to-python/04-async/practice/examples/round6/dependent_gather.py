"""Lesson 04 · Practice

Your explanation: asyncio is only worth it with concurrent network calls;
for a small synchronous script I'd leave it out.
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    user = await fetch_user(user_id)
    (posts,) = await asyncio.gather(fetch_posts(user["id"]))
    return {"user": user, "posts": posts}


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
