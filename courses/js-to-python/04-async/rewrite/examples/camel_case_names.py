import asyncio


async def loadConfigAndUser(userId):
    appConfig = await load_config()
    user = await fetch_user(userId)
    return {"config": appConfig, "user": user}
