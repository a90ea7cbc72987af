def make_user(name, *, role="member", tags=None):
    if tags is None:
        tags = []
    else:
        tags = tags[:]
    tags.append(role)
    return dict(name=name, role=role, tags=tags)
