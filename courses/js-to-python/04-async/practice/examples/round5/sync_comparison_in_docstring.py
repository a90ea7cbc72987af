"""Your explanation: with a synchronous HTTP client I would not use asyncio
at all and simply write

    def load_user_and_posts(user_id):
        return {"user": get_user(user_id), "posts": get_posts(user_id)}

which is easier to follow. The async version below is worth it only when the
helpers are coroutines and the two waits can overlap."""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    user, posts = await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))
    return {"user": user, "posts": posts}
