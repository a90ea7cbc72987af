def make_user(name, *, role="member", tags=None):
    user_tags = list(tags or [])
    user_tags.append(role)
    return {"name": name, "role": role, "tags": user_tags}


if __name__ == "__main__":
    print(make_user("ada"))
