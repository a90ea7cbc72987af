def makeUser(name, *, role="member", tags=None):
    tagList = list(tags) if tags else []
    tagList.append(role)
    return {"name": name, "role": role, "tags": tagList}


make_user = makeUser
