"""Your explanation: gather helps here only because the user and the posts
can be fetched independently at the same time. If the posts needed the
user's data first, or if this were a one-off script, I would write plain
synchronous code (or two awaits) instead of reaching for asyncio."""
from dataclasses import dataclass, field

import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


@dataclass
class UserPage:
    user: dict
    posts: list = field(default_factory=list)


async def load_user_and_posts(user_id):
    user, posts = await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))
    return UserPage(user=user, posts=posts)
