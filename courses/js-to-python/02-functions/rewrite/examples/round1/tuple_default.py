def make_user(name, *, role="member", tags=()):
    # An empty tuple is immutable, so it is safe as a default.
    return {"name": name, "role": role, "tags": [*tags, role]}


if __name__ == "__main__":
    print(make_user("ada"))
    mine = ["founder"]
    print(make_user("grace", role="admin", tags=mine))
    print(mine)
    print(make_user("linus"))
