async def load_config_and_user(user_id, fields=None):
    if fields is None:
        fields = []
    config = await load_config()
    try:
        user = await fetch_user(user_id)
    except LookupError:
        user = None
    if user is not None and not fields:
        return {"config": config, "user": user}
    return {"config": config, "user": user}
