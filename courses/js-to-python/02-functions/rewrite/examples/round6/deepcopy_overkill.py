import copy


def make_user(name, *, role="member", tags=None):
    tags = copy.deepcopy(tags) if tags is not None else []
    tags.append(role)
    return {"name": name, "role": role, "tags": tags}
