"""Your explanation: asyncio is worth it only when waiting on several
independent network calls is the core of the job. A one-off script, CPU
work, or a codebase built on synchronous libraries should stay sync."""
from dataclasses import dataclass

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
    posts: list


async def load_user_and_posts(user_id):
    async with asyncio.TaskGroup() as tg:
        user_task = tg.create_task(fetch_user(user_id))
        posts_task = tg.create_task(fetch_posts(user_id))
    return UserPage(user=user_task.result(), posts=posts_task.result())


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
