# When to leave asyncio out:
#   - only one request to make (nothing to overlap)
#   - the client library is synchronous (requests, psycopg2)
#   - the work is CPU-heavy: one event loop thread doesn't parallelise maths
# When gather fits: several independent waits, like these two fetches.
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    user, posts = await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))
    return {"user": user, "posts": posts}
