"""Lesson 04 · Practice

The user and the posts do not depend on each other, so asyncio.gather starts
both requests at once and waits for both: total time is the slower of the two
instead of their sum.

When I would leave asyncio out: a script or a request handler that makes one
or two calls, code built on synchronous libraries (requests, sqlite3, most ORMs),
or CPU-bound work.  There plain sequential functions are simpler to read,
test and debug; asyncio earns its keep when many network waits overlap.
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    userData, recentPosts = await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))
    return {"userData": userData, "recentPosts": recentPosts}


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
