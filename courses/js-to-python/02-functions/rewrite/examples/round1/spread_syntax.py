def make_user(name, *, role="member", tags=None):
    tags = [...(tags or []), role]
    return {"name": name, "role": role, "tags": tags}


if __name__ == "__main__":
    print(make_user("ada"))
