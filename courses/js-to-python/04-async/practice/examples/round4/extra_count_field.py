"""gather: both requests in flight at once.  Stay synchronous for scripts that
make one request, or when everything underneath is blocking (requests,
psycopg2) - an event loop would add nothing.
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    user, posts = await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))
    return {"user": user, "posts": posts, "post_count": len(posts)}


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
