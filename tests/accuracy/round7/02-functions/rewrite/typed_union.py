def make_user(
    name: str,
    *,
    role: str = "member",
    tags: list[str] | None = None,
) -> dict[str, object]:
    return {"name": name, "role": role, "tags": [*(tags or []), role]}
