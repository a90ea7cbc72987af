import asyncio


async def load_config_and_user(user_id):
    config_task = asyncio.create_task(load_config())
    user_task = asyncio.create_task(fetch_user(user_id))
    return {"config": await config_task, "user": await user_task}
