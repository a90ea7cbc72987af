import asyncio


async def load_config():
    await asyncio.sleep(0.01)
    return {"theme": "dark", "page_size": 20}


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def load_config_and_user(user_id):
    loop = asyncio.get_running_loop()
    result = loop.create_future()

    def on_config(task):
        user_task = asyncio.ensure_future(fetch_user(user_id))
        user_task.add_done_callback(
            lambda t: result.set_result({"config": task.result(), "user": t.result()})
        )

    asyncio.ensure_future(load_config()).add_done_callback(on_config)
    return result


if __name__ == "__main__":
    print(asyncio.run(load_config_and_user(42)))
