import copy


def make_user(name, *, role="member", tags=None):
    new_tags = copy.copy(tags) if tags is not None else []
    new_tags += [role]
    return {"name": name, "role": role, "tags": new_tags}
