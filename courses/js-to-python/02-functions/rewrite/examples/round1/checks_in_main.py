def make_user(name, *, role="member", tags=None):
    tags = list(tags) if tags else []
    tags.append(role)
    return {"name": name, "role": role, "tags": tags}


if __name__ == "__main__":
    print(make_user("ada"))
    print(make_user("ada"))  # still just ["member"]: no shared default
    existing = ["beta"]
    print(make_user("grace", role="admin", tags=existing), existing)
