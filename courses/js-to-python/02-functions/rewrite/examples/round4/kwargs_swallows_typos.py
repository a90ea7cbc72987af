def make_user(name, *, role="member", tags=None, **extra):
    # extra options are ignored for now
    tags = list(tags or [])
    tags.append(role)
    return {"name": name, "role": role, "tags": tags}
