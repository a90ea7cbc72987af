def make_user(name, *, role="member", tags=None):
    """Build a user record; the caller's tags list is copied, never changed."""
    new_tags = list(tags) if tags is not None else []
    new_tags.append(role)
    return {"name": name, "role": role, "tags": new_tags}
