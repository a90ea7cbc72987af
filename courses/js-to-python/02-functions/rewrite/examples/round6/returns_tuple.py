def make_user(name, *, role="member", tags=None):
    tags = [*(tags or []), role]
    return name, role, tags
