"""Your explanation: if the program isn't dominated by waiting on several
network calls at once, I'd keep it synchronous: fewer moving parts."""
from typing import NamedTuple

import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


class UserWithPosts(NamedTuple):
    user: dict
    posts: list


async def load_user_and_posts(user_id):
    return UserWithPosts(*await asyncio.gather(fetch_user(user_id), fetch_posts(user_id)))


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
