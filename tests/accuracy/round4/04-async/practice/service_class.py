"""Concurrency via asyncio.gather, since the user and the posts are independent.
If this were a one-off CLI command or used a sync DB driver, I'd write it
synchronously; async is worth it when many I/O calls overlap.
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


class UserFeedService:
    """Loads what the profile page shows."""

    async def load(self, user_id):
        user, posts = await asyncio.gather(
            fetch_user(user_id),
            fetch_posts(user_id),
        )
        return {"user": user, "posts": posts}


async def load_user_and_posts(user_id):
    return await UserFeedService().load(user_id)


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
