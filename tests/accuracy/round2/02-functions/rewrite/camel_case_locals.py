def make_user(name, *, role="member", tags=None):
    userRole = role
    userTags = list(tags) if tags is not None else []
    userTags.append(userRole)
    return {"name": name, "role": userRole, "tags": userTags}
