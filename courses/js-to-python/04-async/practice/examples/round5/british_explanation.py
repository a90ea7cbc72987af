"""Your explanation: I'd only bring asyncio in because these two look-ups
are independent and can be in flight together, which is what gather is for.
Had it been a single call, or a programme built around synchronous
libraries, I'd favour plain synchronous code: it's easier to read, test and
reason about, and async gives no benefit there."""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    user, recent_posts = await asyncio.gather(
        fetch_user(user_id),
        fetch_posts(user_id),
    )
    return {"user": user, "posts": recent_posts}
