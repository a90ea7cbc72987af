def make_user(name, *, role="member", tags=None):
    if tags is None:
        tags = []
    tags.append(role)
    return {"name": name, "role": role, "tags": tags}
