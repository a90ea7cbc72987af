def make_user(name, opts={"role": "member", "tags": []}):
    role = opts["role"]
    tags = opts["tags"]
    tags.append(role)
    return {"name": name, "role": role, "tags": tags}


if __name__ == "__main__":
    print(make_user("ada"))
