"""Lesson 04 · Practice

Your explanation: the calls are independent I/O so gather can run them
together. I would keep code synchronous when there's no concurrent I/O to
speak of, e.g. a CLI that fetches one thing, or CPU-bound work.
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    jobs = {
        "user": fetch_user(user_id),
        "posts": fetch_posts(user_id),
    }
    results = await asyncio.gather(*jobs.values())
    return dict(zip(jobs.keys(), results))


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
