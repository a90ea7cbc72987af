def make_user(name, *, role="member", tags=None):
    new_tags = [*(tags or []), role]
    return {"userName": name, "role": role, "tags": new_tags}
