def make_user(name, *, role="member", tags=None):
    all_tags = (tags or []) + [role]
    return {"name": name, "role": role, "tags": all_tags}
