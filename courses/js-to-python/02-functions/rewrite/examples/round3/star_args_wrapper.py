def make_user(name, *args):
    role = args[0] if len(args) > 0 else "member"
    tags = list(args[1]) if len(args) > 1 else []
    tags.append(role)
    return {"name": name, "role": role, "tags": tags}
