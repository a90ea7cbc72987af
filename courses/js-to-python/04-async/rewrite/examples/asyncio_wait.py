import asyncio


async def load_config_and_user(user_id):
    config_task = asyncio.create_task(load_config())
    user_task = asyncio.create_task(fetch_user(user_id))
    await asyncio.wait([config_task, user_task])
    return {"config": config_task.result(), "user": user_task.result()}
