def make_user(name, *, role="member", tags=()):
    # a tuple default cannot be mutated, so nothing is shared between calls
    return {"name": name, "role": role, "tags": [*tags, role]}
