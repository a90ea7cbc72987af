"""Your explanation: In Node everything is async, but in Python I would keep
this synchronous if it only ran once in a script, or if I had to use the
requests library (which blocks), or if the program does heavy calculation
instead of waiting on the network. Async only helps when several I/O waits
can overlap, like these two fetches.
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    # gather is like Promise.all: both coroutines run at the same time
    # and the results come back in the same order I passed them.
    user, posts = await asyncio.gather(
        fetch_user(user_id),   # first result -> user
        fetch_posts(user_id),  # second result -> posts
    )
    # return a dict with clear names, not a tuple
    return {"user": user, "posts": posts}


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
