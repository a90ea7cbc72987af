from typing import Any, TypedDict

import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


class UserWithPosts(TypedDict):
    user: dict[str, Any]
    posts: list[dict[str, Any]]


# When I'd leave asyncio out: if the caller is an ordinary script or a Django
# view using synchronous database calls, adding an event loop buys nothing.
# asyncio pays off when several independent I/O waits can overlap, which is
# exactly the user + posts case below.
async def load_user_and_posts(user_id: int) -> UserWithPosts:
    user, posts = await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))
    return {"user": user, "posts": posts}
