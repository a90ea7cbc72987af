import asyncio


async def load_config():
    await asyncio.sleep(0.01)
    return {"theme": "dark", "page_size": 20}


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def load_config_and_user(user_id):
    # first get the config and wait for it to finish
    config = await load_config()
    # then get the user (await runs it to completion before the next line)
    user = await fetch_user(user_id)
    # put both into a dict so callers can use result["config"] and result["user"]
    result = {}
    result["config"] = config
    result["user"] = user
    return result


if __name__ == "__main__":
    print(asyncio.run(load_config_and_user(42)))
