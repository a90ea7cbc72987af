"""Your explanation: Python code should stay synchronous unless there is a
lot of concurrent I/O, so I kept this one synchronous."""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


def load_user_and_posts(user_id):
    user = fetch_user(user_id)
    posts = fetch_posts(user_id)
    return {"user": user, "posts": posts}
