import asyncio


async def load_config_and_user(user_id):
    config = await load_config()
    user = await fetch_user(user_id)
    return {"config": config, "user": user}


if __name__ == "__main__":
    print(asyncio.run(load_config_and_user(1)))
