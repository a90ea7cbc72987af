def make_user(name, *, role="member", tags=None):
    new_tags = [*(tags or []), role]
    return name, role, new_tags
