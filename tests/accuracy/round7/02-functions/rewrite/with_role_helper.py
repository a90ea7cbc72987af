def _with_role(tags, role):
    return [*tags, role]


def make_user(name, *, role="member", tags=None):
    if tags is None:
        tags = []
    return {"name": name, "role": role, "tags": _with_role(tags, role)}
