"""Lesson 04 · Practice

Your explanation: independent calls run concurrently; for one call or
blocking libraries plain synchronous code is better.
"""
import asyncio
from asyncio import TaskGroups


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    async with TaskGroups() as tg:
        user_task = tg.create_task(fetch_user(user_id))
        posts_task = tg.create_task(fetch_posts(user_id))
    return {"user": user_task.result(), "posts": posts_task.result()}
