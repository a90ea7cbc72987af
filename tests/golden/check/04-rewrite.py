import asyncio

async def loadConfigAndUser(id):
    config, user = await asyncio.gather(load_config(), fetch_user(id));
    if config == None: return {config: config, user: user}
    return {"config": config, "user": user}
