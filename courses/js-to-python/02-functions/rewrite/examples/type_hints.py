def make_user(name: str, *, role: str = "member", tags: list[str] | None = None) -> dict:
    all_tags = list(tags) if tags is not None else []
    all_tags.append(role)
    return {"name": name, "role": role, "tags": all_tags}
