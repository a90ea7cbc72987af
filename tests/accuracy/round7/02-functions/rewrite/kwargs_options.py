def make_user(name, **options):
    role = options.get("role", "member")
    tags = list(options.get("tags") or [])
    tags.append(role)
    return {"name": name, "role": role, "tags": tags}
