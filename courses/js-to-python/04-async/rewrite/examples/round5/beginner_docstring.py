import asyncio


async def load_config():
    await asyncio.sleep(0.01)
    return {"theme": "dark", "page_size": 20}


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def load_config_and_user(user_id):
    """Load the app config, then the user, and return both.

    The JS version awaited one after the other, so I do the same here.
    I thought about asyncio.gather (like Promise.all) but the original code
    does not run them at the same time, and two awaits in a row are simpler.
    """
    # first the config (same as `const config = await loadConfig()`)
    config = await load_config()

    # then the user (same as `const user = await fetchUser(id)`)
    user = await fetch_user(user_id)

    # JS returned { config, user }; in Python that's a dict with those keys
    result = {"config": config, "user": user}
    return result


if __name__ == "__main__":
    # asyncio.run starts the event loop once, here at the entry point
    print(asyncio.run(load_config_and_user(42)))
