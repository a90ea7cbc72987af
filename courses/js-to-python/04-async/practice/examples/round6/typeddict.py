"""Lesson 04 · Practice

Your explanation: independent network calls are the case for gather. When
the program makes a single call, or its libraries block, synchronous code is
the simpler choice and asyncio adds nothing.
"""
import asyncio
from typing import TypedDict


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


class UserAndPosts(TypedDict):
    user: dict
    posts: list[dict]


async def load_user_and_posts(user_id: int) -> UserAndPosts:
    user, posts = await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))
    return {"user": user, "posts": posts}


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
