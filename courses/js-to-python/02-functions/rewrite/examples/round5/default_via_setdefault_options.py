def make_user(name, options=None):
    options = dict(options or {})
    options.setdefault("role", "member")
    tags = [*options.get("tags", []), options["role"]]
    return {"name": name, "role": options["role"], "tags": tags}
