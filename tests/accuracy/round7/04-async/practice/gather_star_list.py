"""Lesson 04 · Practice

Your explanation: I would leave asyncio out for a script that makes one or two calls,
for CPU-bound work, or when the libraries I use (requests, sqlite3) are
synchronous: plain functions are simpler to read, test and debug. Async
pays off when many network waits can overlap, like these two fetches.
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    coroutines = [fetch_user(user_id), fetch_posts(user_id)]
    user, posts = await asyncio.gather(*coroutines)
    return {"user": user, "posts": posts}


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
