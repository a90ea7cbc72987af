"""Lesson 04 · Practice

Your explanation: I'd only use asyncio when the program really waits on
several network calls at once. For a normal script, or when I'd be using the
requests library anyway, synchronous code is easier and fine.
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    # start both fetches together, they don't need each other
    results = await asyncio.gather(
        fetch_user(user_id),
        fetch_posts(user_id),
    )
    # gather gives the results back in the same order
    user = results[0]
    posts = results[1]
    # return a dict so callers can write data["user"] and data["posts"]
    return {"user": user, "posts": posts}


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
