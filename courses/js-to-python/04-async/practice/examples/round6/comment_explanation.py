"""Lesson 04 · Practice

Design `load_user_and_posts(user_id)`: fetch a user and their recent posts
concurrently and return them in a shape a Python developer reads at a glance.

Then, in this docstring (replace the line below), explain when you would
leave asyncio out of it.

Your explanation: ...
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    # gather: the two requests are independent, so run them at the same time.
    # I'd leave asyncio out for a simple script with one or two calls, for
    # CPU-heavy work, or when only synchronous libraries are available.
    user, posts = await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))
    return {"user": user, "posts": posts}


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
