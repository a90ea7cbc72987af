"""Lesson 04 · Practice

Your explanation: gather fits here because the user and the posts are two
independent I/O calls. I would leave asyncio out when the program around it
is synchronous (a CLI script, a Django view, a batch job) and there are only
one or two calls: plain functions with requests are simpler to write, test
and debug, and the event loop buys nothing when nothing overlaps.
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    results = await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))
    return {"data": results}


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
