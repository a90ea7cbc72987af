import asyncio


async def load_config():
    await asyncio.sleep(0.01)
    return {"theme": "dark", "page_size": 20}


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}



async def load_config_and_user(user_id):
    result = {}
    config_future = asyncio.ensure_future(load_config())
    config_future.add_done_callback(lambda f: result.update(config=f.result()))
    await config_future
    user_future = asyncio.ensure_future(fetch_user(user_id))
    user_future.add_done_callback(lambda f: result.update(user=f.result()))
    await user_future
    await asyncio.sleep(0)  # let the last callback run
    return result


if __name__ == "__main__":
    print(asyncio.run(load_config_and_user(42)))
