import copy


def make_user(name, *, role="member", tags=None):
    # None instead of [] because a [] default would be shared by all calls
    if tags is None:
        tags = []
    # deep copy so we never touch the caller's list
    tags = copy.deepcopy(tags)
    # the JS version pushed the role onto the tags
    tags.append(role)
    # a dict with the same keys as the JS object
    return {"name": name, "role": role, "tags": tags}
