import asyncio


async def load_config():
    await asyncio.sleep(0.01)
    return {"theme": "dark", "page_size": 20}


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}



# async def because it awaits the two helpers
async def load_config_and_user(user_id):
    # wait for the config first, like the first await in the JS
    config = await load_config()
    # then the user; these run one after the other, no gather needed
    user = await fetch_user(user_id)
    # a dict with named keys instead of { config, user }
    return {"config": config, "user": user}


if __name__ == "__main__":
    print(asyncio.run(load_config_and_user(42)))
