def make_user(name, *, role="member", tags=None):
    tags = [*(tags or []), role]
    return name, role, tags


if __name__ == "__main__":
    print(make_user("ada"))
