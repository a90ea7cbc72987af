"""Your explanation: only go async for overlapping I/O; otherwise sync."""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


async def load_user_and_posts(user_id):
    done, _ = await asyncio.wait({asyncio.create_task(fetch_user(user_id)),
                                  asyncio.create_task(fetch_posts(user_id))})
    return [t.result() for t in done]


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
