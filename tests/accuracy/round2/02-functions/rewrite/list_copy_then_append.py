def make_user(name, *, role="member", tags=None):
    """Build a user record; `tags` from the caller is copied, never mutated."""
    tags = list(tags) if tags is not None else []
    tags.append(role)
    return {"name": name, "role": role, "tags": tags}


if __name__ == "__main__":
    print(make_user("ada"))
    print(make_user("grace", role="admin", tags=["navy"]))
