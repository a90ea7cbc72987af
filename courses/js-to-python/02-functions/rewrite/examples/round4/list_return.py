def make_user(name, *, role="member", tags=None):
    user_tags = [] if tags is None else list(tags)
    user_tags.append(role)
    return [name, role, user_tags]
