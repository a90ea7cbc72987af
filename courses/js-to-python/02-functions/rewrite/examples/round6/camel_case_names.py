def make_user(name, *, role="member", tags=None):
    userTags = list(tags) if tags else []
    userRole = role
    userTags.append(userRole)
    return {"userName": name, "role": userRole, "tags": userTags}
