def make_user(name: str, *, role: str = "member", tags: Optional[list] = None) -> dict:
    tags = [*(tags or []), role]
    return {"name": name, "role": role, "tags": tags}
