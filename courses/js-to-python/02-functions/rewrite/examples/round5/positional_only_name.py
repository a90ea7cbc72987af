def make_user(name, /, *, role="member", tags=None):
    tags = list(tags) if tags else []
    tags.append(role)
    return {"name": name, "role": role, "tags": tags}
