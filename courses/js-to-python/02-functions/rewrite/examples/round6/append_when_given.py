def make_user(name, *, role="member", tags=None):
    if tags is not None:
        tags.append(role)
    else:
        tags = [role]
    return {"name": name, "role": role, "tags": tags}
