_NO_TAGS = object()


def make_user(name, *, role="member", tags=_NO_TAGS):
    new_tags = [] if tags is _NO_TAGS else list(tags)
    new_tags.append(role)
    return {"name": name, "role": role, "tags": new_tags}
