def make_user(name, **options):
    role = options.get("role", "member")
    tags = list(options.get("tags", []))
    tags.append(role)
    return {"name": name, "role": role, "tags": tags}


if __name__ == "__main__":
    print(make_user("ada"))
