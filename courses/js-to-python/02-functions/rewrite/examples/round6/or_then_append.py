def make_user(name, *, role="member", tags=None):
    tags = tags or []
    tags.append(role)
    return {"name": name, "role": role, "tags": tags}
