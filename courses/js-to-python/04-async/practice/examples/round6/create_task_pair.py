"""Lesson 04 · Practice

Your explanation: starting both tasks before awaiting either lets the two
requests overlap. If this were a small script calling one API, or the code
used requests instead of an async client, I'd keep it synchronous; asyncio
only pays off when waiting on several things at once.
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    user_task = asyncio.create_task(fetch_user(user_id))
    posts_task = asyncio.create_task(fetch_posts(user_id))
    return {"user": await user_task, "posts": await posts_task}


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
