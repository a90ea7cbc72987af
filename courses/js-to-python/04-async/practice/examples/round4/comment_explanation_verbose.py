import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


# WHEN I WOULD NOT USE ASYNCIO:
# - if I only need to fetch one thing, a normal function is simpler
# - if my HTTP/database library is synchronous anyway
# - if the slow part is computation, not waiting on the network
# Async is for when lots of waiting on I/O can overlap.


async def load_user_and_posts(user_id):
    # start both requests at the same time (like Promise.all in JS)
    user, posts = await asyncio.gather(
        fetch_user(user_id),   # first result -> user
        fetch_posts(user_id),  # second result -> posts
    )
    # return names, not positions, so callers don't have to remember the order
    return {"user": user, "posts": posts}


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
