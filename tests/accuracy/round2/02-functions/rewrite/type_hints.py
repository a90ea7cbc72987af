def make_user(name: str, *, role: str = "member", tags: list[str] | None = None) -> dict:
    new_tags = [] if tags is None else tags.copy()
    new_tags.append(role)
    return {"name": name, "role": role, "tags": new_tags}
