def make_user(name, *, role="member", tags=None):
    tags = tags or []
    tags.append(role)
    return {"name": name, "role": role, "tags": tags}


if __name__ == "__main__":
    print(make_user("ada"))
    mine = ["founder"]
    print(make_user("grace", role="admin", tags=mine))
    print(mine)
    print(make_user("linus"))
