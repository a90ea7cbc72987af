def make_user(name: str, *, role: str = "member", tags: list = None) -> dict:
    result_tags = [] if tags is None else list(tags)
    result_tags.append(role)
    return {"name": name, "role": role, "tags": result_tags}
