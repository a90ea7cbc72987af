def make_user(name, *, role="member", tags=None):
    """Build a user record; the caller's tags list is never modified."""
    tags = [] if tags is None else list(tags)
    tags.append(role)
    return {"name": name, "role": role, "tags": tags}
