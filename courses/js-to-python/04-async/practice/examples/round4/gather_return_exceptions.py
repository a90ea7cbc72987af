"""Independent fetches -> gather.  With return_exceptions=True I can see both
outcomes, then raise the first failure.  For one call, or blocking libraries,
I wouldn't reach for asyncio at all.
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    results = await asyncio.gather(
        fetch_user(user_id), fetch_posts(user_id), return_exceptions=True
    )
    for result in results:
        if isinstance(result, BaseException):
            raise result
    user, posts = results
    return {"user": user, "posts": posts}


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
