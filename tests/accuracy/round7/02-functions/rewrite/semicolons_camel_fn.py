def makeUser(name, *, role="member", tags=None):
    tags = [*(tags or []), role];
    return {"name": name, "role": role, "tags": tags};

make_user = makeUser
