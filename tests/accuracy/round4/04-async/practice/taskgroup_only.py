"""TaskGroup runs both fetches at the same time and cancels the other if one
fails.  For a small script making one or two calls I'd skip asyncio and keep
plain synchronous functions.
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    async with asyncio.TaskGroup() as group:
        user = group.create_task(fetch_user(user_id))
        posts = group.create_task(fetch_posts(user_id))
    return {"user": user.result(), "posts": posts.result()}


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
