def make_user(name, *, role="member", tags=None):
    """Build a user record; the caller's tags list is left untouched."""
    all_tags = (tags or []) + [role]
    return {"name": name, "role": role, "tags": all_tags}


if __name__ == "__main__":
    print(make_user("ada"))
