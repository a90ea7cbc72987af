def make_user(name, *, role="member", tags=None):
    user_tags = [] if tags is None else tags.copy()
    user_tags.append(role)
    return {"name": name, "role": role, "tags": user_tags}
