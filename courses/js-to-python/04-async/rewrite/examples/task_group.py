import asyncio


async def load_config_and_user(user_id):
    async with asyncio.TaskGroup() as tg:
        config_task = tg.create_task(load_config())
        user_task = tg.create_task(fetch_user(user_id))
    return {"config": config_task.result(), "user": user_task.result()}
