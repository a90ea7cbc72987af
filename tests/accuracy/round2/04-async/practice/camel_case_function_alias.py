"""Lesson 04 · Practice

Your explanation: the user and the posts don't depend on each other, so
gather runs both requests at once. If this were a script that makes one or
two calls, or the libraries were synchronous (requests, sqlite3), I'd leave
asyncio out and write plain functions: async only pays off when many network
waits overlap.
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def loadUserAndPosts(user_id):
    user, posts = await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))
    return {"user": user, "posts": posts}


load_user_and_posts = loadUserAndPosts


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
