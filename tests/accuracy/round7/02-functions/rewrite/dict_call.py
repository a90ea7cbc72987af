def make_user(name, *, role="member", tags=None):
    all_tags = [*tags, role] if tags else [role]
    return dict(name=name, role=role, tags=all_tags)
