"""Lesson 04 · Practice

Your explanation: I'd keep this synchronous if the calling code isn't already
async - converting a whole codebase to async for one page is not worth it.
asyncio.gather earns its keep when several independent network calls can
overlap, like these two.
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
