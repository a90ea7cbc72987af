"""Always make it async: async is always faster, so everything should be async
from the start, like in Node.
"""
import asyncio


async def load_user_and_posts(user_id):
    user, posts = await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))
    return {"user": user, "posts": posts}
