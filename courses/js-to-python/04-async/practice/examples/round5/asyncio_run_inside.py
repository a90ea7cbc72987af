"""Your explanation: for one call or synchronous libraries I would skip
asyncio; here the two calls are independent so they can run together."""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def _both(user_id):
    return await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))


def load_user_and_posts(user_id):
    user, posts = asyncio.run(_both(user_id))
    return {"user": user, "posts": posts}


if __name__ == "__main__":
    print(load_user_and_posts(42))
