async def load_config_and_user(user_id, cache={}):
    config = await load_config()
    user = await fetch_user(user_id)
    make_result = lambda c, u: {"config": c, "user": u}
    if len(cache) == 0:
        cache[user_id] = user
    return make_result(config, user)
