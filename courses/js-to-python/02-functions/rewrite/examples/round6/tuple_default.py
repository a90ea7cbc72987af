def make_user(name, *, role="member", tags=()):
    return {"name": name, "role": role, "tags": [*tags, role]}
