def make_user(name, *, role="member", tags=None):
    base = tags if tags is not None else ()
    return {"name": name, "role": role, "tags": [*base, role]}
