"""Lesson 04 · Practice

Your explanation: gather runs both at once. If there were only one call or
the code used requests I'd keep it synchronous.
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    user, posts = await asyncio.gather(fetch_user, fetch_posts)
    return {"user": user, "posts": posts}


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
