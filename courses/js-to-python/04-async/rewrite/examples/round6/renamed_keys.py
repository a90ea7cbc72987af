import asyncio


async def load_config():
    await asyncio.sleep(0.01)
    return {"theme": "dark", "page_size": 20}


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def load_config_and_user(user_id):
    config_data = await load_config()
    user_data = await fetch_user(user_id)
    return {"config_data": config_data, "user_data": user_data}


if __name__ == "__main__":
    print(asyncio.run(load_config_and_user(42)))
