import asyncio


async def load_config():
    await asyncio.sleep(0.01)
    return {"theme": "dark", "page_size": 20}


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


class SessionLoader:
    def __init__(self, user_id):
        self.user_id = user_id

    async def load(self):
        config = await load_config()
        user = await fetch_user(self.user_id)
        return {"config": config, "user": user}


async def load_config_and_user(user_id):
    return await SessionLoader(user_id).load()


if __name__ == "__main__":
    print(asyncio.run(load_config_and_user(42)))
