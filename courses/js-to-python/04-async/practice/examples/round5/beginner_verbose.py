"""Lesson 04 practice

Your explanation:
In Node I would use async for everything, but in Python I learned that you
don't have to. Here async makes sense because I want the user and the posts
at the same time and they don't need each other (fetch_posts only needs the
id, not the user). If I only needed the user, or if I was writing a small
script with the requests library, I would just write normal synchronous
functions and skip asyncio completely.
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    # asyncio.gather is like Promise.all: it starts both and waits for both
    results = await asyncio.gather(
        fetch_user(user_id),   # first result
        fetch_posts(user_id),  # second result
    )

    # unpack the list gather gives back, so I don't pass results[0] around
    user = results[0]
    posts = results[1]

    # return a dict with names, not a tuple, so callers can read it
    return {
        "user": user,
        "posts": posts,
    }


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
