def make_user(name, *, role="member", tags=None):
    if tags == None:
        tags = []
    tags = tags + [role]
    return {"name": name, "role": role, "tags": tags}
