"""Lesson 04 · Practice

Your explanation: both fetches are independent network waits, which is where
running them concurrently pays off; a TaskGroup (like gather) runs them at
once and cancels the other if one fails. For a script that makes one or two
calls, or uses blocking libraries, I'd write ordinary synchronous code and
skip asyncio entirely.
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
