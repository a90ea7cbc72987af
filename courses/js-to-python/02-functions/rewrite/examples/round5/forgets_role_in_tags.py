def make_user(name, *, role="member", tags=None):
    tags = list(tags) if tags is not None else []
    return {"name": name, "role": role, "tags": tags}
