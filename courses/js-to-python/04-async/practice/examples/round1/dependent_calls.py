"""Lesson 04 · Practice

Your explanation: gather only helps when the awaits are independent, as the
user and posts are here. If fetching posts needed something from the user
(say user["posts_url"]) I'd await them one after the other, and if the app
isn't async already I'd leave asyncio out entirely and call the APIs
synchronously.
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    # The two requests don't depend on each other, so run them together.
    user, posts = await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))
    return {"user": user, "posts": posts}


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
