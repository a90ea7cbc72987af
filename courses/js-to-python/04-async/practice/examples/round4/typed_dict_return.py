"""Both coroutines are independent, so gather lets them overlap.  I'd leave
asyncio out when the programme is a short script, when the behaviour I need
comes from synchronous libraries, or when the work is CPU-bound; plain
functions are easier to reason about and to test.
"""
import asyncio
from typing import TypedDict


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


class UserWithPosts(TypedDict):
    user: dict
    posts: list


async def load_user_and_posts(user_id: int) -> UserWithPosts:
    user, posts = await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))
    return {"user": user, "posts": posts}


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
