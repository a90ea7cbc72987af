"""Lesson 04 · Practice

Your explanation: the user and the posts don't depend on each other, so
asyncio.gather runs both requests at once. I would leave asyncio out when
there is just one call, when the second call needs the first's result, or
when the libraries are synchronous (requests, sqlite3): then a plain function
is simpler and just as fast.
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    user, posts = await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))
    return {"user": user, "posts": posts}


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
