def make_user(name, *, role="member", tags=None):
    userTags = list(tags or [])
    userTags.append(role)
    return {"userName": name, "userRole": role, "userTags": userTags}
