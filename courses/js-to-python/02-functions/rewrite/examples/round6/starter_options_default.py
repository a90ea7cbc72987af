def make_user(name, options={}):
    role = options.get("role", "member")
    tags = options.get("tags", [])
    return {"name": name, "role": role, "tags": tags + [role]}
