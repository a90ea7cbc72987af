def make_user(name, *, role="member", tags=[]):
    return {"name": name, "role": role, "tags": tags + [role]}


if __name__ == "__main__":
    print(make_user("ada"))
