def makeUser(name, *, role="member", tags=None):
    allTags = [*(tags or []), role]
    return {"name": name, "role": role, "tags": allTags}
