import asyncio


async def load_config():
    await asyncio.sleep(0.01)
    return {"theme": "dark", "page_size": 20}


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def load_config_and_user(user_id):
    # The original JavaScript awaits one thing, then the other.
    # I keep it that way: there's no need for gather here, and it keeps
    # the order the same as the original code.
    config = await load_config()

    # Now fetch the user with the id we were given.
    user = await fetch_user(user_id)

    # Return a dict (Python's version of the JS object literal).
    return {"config": config, "user": user}


if __name__ == "__main__":
    print(asyncio.run(load_config_and_user(42)))
