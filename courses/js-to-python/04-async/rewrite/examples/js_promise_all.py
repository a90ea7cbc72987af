import asyncio


async def load_config_and_user(user_id):
    config, user = await Promise.all([load_config(), fetch_user(user_id)])
    return {"config": config, "user": user}
