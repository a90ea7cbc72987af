def make_user(name, *, role="member", tags=None):
    tags = tags if tags is not None else []
    tags += [role]
    return {"name": name, "role": role, "tags": tags}
