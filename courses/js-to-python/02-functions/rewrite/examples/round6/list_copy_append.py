def make_user(name, *, role="member", tags=None):
    """Build a user dict; the caller's tags list is left alone."""
    new_tags = list(tags) if tags is not None else []
    new_tags.append(role)
    return {"name": name, "role": role, "tags": new_tags}
