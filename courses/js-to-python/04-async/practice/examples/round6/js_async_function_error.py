"""Lesson 04 · Practice

Your explanation: gather when independent; sync otherwise.
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async function load_user_and_posts(user_id) {
    const [user, posts] = await asyncio.gather(fetch_user(user_id), fetch_posts(user_id));
    return {"user": user, "posts": posts};
}
