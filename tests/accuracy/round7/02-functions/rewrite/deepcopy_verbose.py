import copy


def make_user(name, *, role="member", tags=None):
    # start from a fresh list every time
    if tags is None:
        user_tags = []
    else:
        user_tags = copy.deepcopy(tags)
    user_tags.append(role)
    user = {}
    user["name"] = name
    user["role"] = role
    user["tags"] = user_tags
    return user
