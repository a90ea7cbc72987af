def make_user(name, *, role="member", tags=None):
    tags = list(tags or [])
    return {"name": name, "role": role, "tags": tags}
