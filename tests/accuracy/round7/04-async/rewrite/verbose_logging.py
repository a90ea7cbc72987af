import asyncio


async def load_config():
    await asyncio.sleep(0.01)
    return {"theme": "dark", "page_size": 20}


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


import logging

logger = logging.getLogger(__name__)


async def load_config_and_user(user_id):
    logger.debug("loading config")
    config = await load_config()
    logger.debug("loading user %s", user_id)
    user = await fetch_user(user_id)
    result = {"config": config, "user": user}
    return result


if __name__ == "__main__":
    print(asyncio.run(load_config_and_user(42)))
