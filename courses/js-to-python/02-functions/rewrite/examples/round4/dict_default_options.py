def make_user(name, options: dict = {}):
    options.setdefault("role", "member")
    options.setdefault("tags", [])
    tags = options["tags"] + [options["role"]]
    return {"name": name, "role": options["role"], "tags": tags}
