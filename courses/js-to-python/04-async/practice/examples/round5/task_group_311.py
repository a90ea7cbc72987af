"""Your explanation: async is only worth it because these two calls are
independent network waits that can overlap. For a script that makes one call,
or code built on blocking libraries, I'd keep it synchronous."""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    # Same job as asyncio.gather(fetch_user(...), fetch_posts(...)), but a
    # TaskGroup cancels the sibling if one of them fails.
    async with asyncio.TaskGroup() as tg:
        user_task = tg.create_task(fetch_user(user_id))
        posts_task = tg.create_task(fetch_posts(user_id))
    return {"user": user_task.result(), "posts": posts_task.result()}
