async def load_config_and_user(user_id):
    config = await load_config()
    try:
        user = await fetch_user(user_id)
    except:
        user = None
    if user == None:
        return {"config": config, "user": {}}
    return {"config": config, "user": user}
