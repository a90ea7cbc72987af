import asyncio


async def load_config_and_user(user_id):
    return load_config().then(lambda config: {"config": config})
