import asyncio


async def load_config():
    await asyncio.sleep(0.01)
    return {"theme": "dark", "page_size": 20}


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


TIMEOUT_SECONDS = 5


async def load_config_and_user(user_id):
    config = await asyncio.wait_for(load_config(), timeout=TIMEOUT_SECONDS)
    user = await asyncio.wait_for(fetch_user(user_id), timeout=TIMEOUT_SECONDS)
    return {"config": config, "user": user}


if __name__ == "__main__":
    print(asyncio.run(load_config_and_user(42)))
