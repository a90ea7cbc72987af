def make_user(name, role="member", tags=None):
    tags = [] if tags is None else list(tags)
    tags.append(role)
    return {"name": name, "role": role, "tags": tags}


if __name__ == "__main__":
    print(make_user("ada"))
