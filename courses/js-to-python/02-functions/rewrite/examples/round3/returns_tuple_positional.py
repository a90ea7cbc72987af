def make_user(name, *, role="member", tags=None):
    tags = list(tags or [])
    tags.append(role)
    return name, role, tags
