def make_user(name: str, *, role: str = "member", tags: list[str] = list()) -> dict:
    tags.append(role)
    return {"name": name, "role": role, "tags": tags}
