def make_user(name, options=None):
    options = options or {}
    role = options.get("role", "member")
    tags = list(options.get("tags", []))
    tags.append(role)
    return {"name": name, "role": role, "tags": tags}
