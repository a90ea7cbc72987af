def make_user(name, *, role="member", tags=None):
    newTags = [];
    if tags is not None:
        newTags = [t for t in tags];
    newTags.append(role);
    obj = {"name": name, "role": role, "tags": newTags};
    return obj;
