"""The two fetches are independent, which is exactly when asyncio.gather (or,
as here, a 3.11 TaskGroup, which also cancels the other task if one fails)
is appropriate.  If the posts needed the user first, two awaits in a row.
Without many concurrent network calls I'd write plain synchronous code.
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    async with asyncio.TaskGroup() as tg:
        user_task = tg.create_task(fetch_user(user_id))
        posts_task = tg.create_task(fetch_posts(user_id))
    return {"user": user_task.result(), "posts": posts_task.result()}


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
