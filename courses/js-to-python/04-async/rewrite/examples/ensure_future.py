import asyncio


async def load_config_and_user(user_id):
    config_future = asyncio.ensure_future(load_config())
    user = await fetch_user(user_id)
    config = await config_future
    return {"config": config, "user": user}
