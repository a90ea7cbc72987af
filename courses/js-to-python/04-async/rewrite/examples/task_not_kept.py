import asyncio


async def load_config_and_user(user_id):
    asyncio.create_task(load_config())
    config = await load_config()
    user = await fetch_user(user_id)
    return {"config": config, "user": user}
