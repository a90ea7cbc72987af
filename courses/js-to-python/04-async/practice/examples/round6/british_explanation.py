"""Lesson 04 · Practice

Your explanation: as the user and their posts are fetched independently,
asyncio.gather lets both requests be in flight at once. Were this a one-off
script making a single request, or were the database driver synchronous, I
should leave asyncio out altogether; plain sequential code would be clearer
and no slower.
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
