"""Lesson 04 · Practice

Your explanation: see the comments in load_user_and_posts.
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    # gather: both requests are independent I/O, so they can wait together.
    # If this were a one-off script or the calls depended on each other,
    # I'd skip asyncio and write ordinary synchronous code.
    user, posts = await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))
    return {"user": user, "posts": posts}


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
