def make_user(name, *, role="member", tags=None):
    userTags = list(tags) if tags is not None else []
    userTags.append(role)
    userRecord = {"name": name, "role": role, "tags": userTags}
    return userRecord
