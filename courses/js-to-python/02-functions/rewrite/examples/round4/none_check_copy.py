def make_user(name, *, role="member", tags=None):
    if tags is None:
        new_tags = []
    else:
        new_tags = list(tags)
    new_tags.append(role)
    return {"name": name, "role": role, "tags": new_tags}
