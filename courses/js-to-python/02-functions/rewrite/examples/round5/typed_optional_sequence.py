from typing import Any, Optional, Sequence


def make_user(
    name: str,
    *,
    role: str = "member",
    tags: Optional[Sequence[str]] = None,
) -> dict[str, Any]:
    """Build a user record; the caller's tags are copied, never changed."""
    new_tags = list(tags) if tags is not None else []
    new_tags.append(role)
    return {"name": name, "role": role, "tags": new_tags}
