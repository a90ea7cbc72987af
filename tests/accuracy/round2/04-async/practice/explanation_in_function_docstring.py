import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    """Fetch the user and their posts at the same time.

    The two calls are independent, so asyncio.gather is appropriate. If I only
    had one call to make, or my HTTP client were synchronous, I'd skip asyncio
    entirely and keep a plain function: an event loop adds complexity that
    only pays off with many concurrent waits.
    """
    user, posts = await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))
    return {"user": user, "posts": posts}


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
