def make_user(name, { role="member", tags=[] }):
    tags = [*tags, role]
    return {"name": name, "role": role, "tags": tags}
