def make_user(name, *, role="member", tags=[]):
    tags.append(role)
    return {"name": name, "role": role, "tags": tags}
