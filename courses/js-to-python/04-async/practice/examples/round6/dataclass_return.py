"""Lesson 04 · Practice

Your explanation: gather fits here because neither call needs the other's
result. Without many concurrent network calls I'd not use asyncio: a
synchronous function is easier to read, test and debug.
"""
import asyncio
from dataclasses import dataclass


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


@dataclass
class UserPage:
    user: dict
    posts: list


async def load_user_and_posts(user_id):
    user, posts = await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))
    return UserPage(user=user, posts=posts)


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
