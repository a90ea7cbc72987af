import asyncio


def load_config_and_user(user_id):
    config = asyncio.run(load_config())
    user = asyncio.run(fetch_user(user_id))
    return {"config": config, "user": user}
