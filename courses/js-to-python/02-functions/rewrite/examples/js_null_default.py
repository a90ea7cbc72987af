def make_user(name, *, role="member", tags=null):
    tags = [*(tags or []), role]
    return {"name": name, "role": role, "tags": tags}
