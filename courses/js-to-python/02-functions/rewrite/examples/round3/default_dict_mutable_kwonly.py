def make_user(name, *, role="member", tags=list()):
    result = tags
    result.append(role)
    return {"name": name, "role": role, "tags": result}
