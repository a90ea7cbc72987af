"""Lesson 04 · Practice

Your explanation: two independent requests, so gather them; the timeout
stops a slow service from hanging the page. If the code only ever made one
request, or used requests/sqlite3, I'd keep it synchronous.
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id, *, timeout=5.0):
    user, posts = await asyncio.wait_for(
        asyncio.gather(fetch_user(user_id), fetch_posts(user_id)),
        timeout,
    )
    return {"user": user, "posts": posts}


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
