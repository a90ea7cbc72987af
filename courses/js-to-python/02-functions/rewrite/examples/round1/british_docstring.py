def make_user(name, *, role="member", tags=None):
    """Return a user dict.

    Options are keyword-only, so a misspelt option is rejected. The tags
    list is copied, so the caller's list keeps its original behaviour.
    """
    tags = [] if tags is None else tags.copy()
    tags.append(role)
    return {"name": name, "role": role, "tags": tags}


if __name__ == "__main__":
    print(make_user("ada"))
    mine = ["founder"]
    print(make_user("grace", role="admin", tags=mine))
    print(mine)
    print(make_user("linus"))
