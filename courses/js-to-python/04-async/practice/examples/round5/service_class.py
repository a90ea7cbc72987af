import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


class UserService:
    """Loads user pages.

    Async is used here only because the page needs two independent network
    calls that can overlap. Most services in our codebase stay synchronous;
    for a single call or for CPU-bound work asyncio adds nothing.
    """

    async def page(self, user_id):
        user, posts = await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))
        return {"user": user, "posts": posts}


async def load_user_and_posts(user_id):
    return await UserService().page(user_id)
