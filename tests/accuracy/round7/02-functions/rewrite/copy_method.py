def make_user(name, *, role="member", tags=None):
    tags = [] if tags is None else tags.copy()
    tags.append(role)
    return {"name": name, "role": role, "tags": tags}
