"""Your explanation: in a small script with a sync HTTP client I'd simply
write `user = get_user(id); posts = get_posts(id)`: two sequential calls are
easier to debug, and the time saved is negligible. asyncio.gather earns its
place when the calls are independent and there are many of them.
"""
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


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
