import asyncio


async def load_config_and_user(user_id):
    result = {}
    config_future = asyncio.ensure_future(load_config())
    config_future.add_done_callback(lambda f: result.update(config=f.result()))
    await config_future
    result["user"] = await fetch_user(user_id)
    return result
