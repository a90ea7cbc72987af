import asyncio


async def load_config():
    await asyncio.sleep(0.01)
    return {"theme": "dark", "page_size": 20}


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def load_config_and_user(user_id):
    config_task = asyncio.ensure_future(load_config())
    user_task = asyncio.ensure_future(fetch_user(user_id))
    await asyncio.wait([config_task, user_task])
    return {"config": config_task.result(), "user": user_task.result()}


if __name__ == "__main__":
    print(asyncio.run(load_config_and_user(42)))
