from typing import Optional


def make_user(
    name: str, *, role: str = "member", tags: Optional[list[str]] = None
) -> dict[str, object]:
    if tags is None:
        tags = []
    return {"name": name, "role": role, "tags": tags + [role]}
