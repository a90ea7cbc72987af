"""Your explanation: asyncio is worth it only for overlapping network waits;
for one call I'd keep it synchronous."""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    user_call = fetch_user(user_id)
    posts_call = fetch_posts(user_id)
    user = await user_call
    user, posts = await asyncio.gather(user_call, posts_call)
    return {"user": user, "posts": posts}
