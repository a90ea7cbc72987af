def make_user(name, role="member", tags=None):
    tags = [*(tags or []), role]
    return {"name": name, "role": role, "tags": tags}
