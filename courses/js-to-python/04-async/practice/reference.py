"""Lesson 04 · Practice: reference answer.

The user and the posts do not depend on each other, so asyncio.gather runs
both requests at once and the function waits about as long as the slower one.

I would keep the code synchronous when there is only one call to make, when
each step needs the result of the one before, or when the rest of the program
is synchronous already (a script, a Django view, code built on requests):
plain functions are simpler to read, test and debug, and async only pays off
when concurrent I/O is central to the problem.
"""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    user, posts = await asyncio.gather(
        fetch_user(user_id),
        fetch_posts(user_id),
    )
    return {"user": user, "posts": posts}


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
