from collections.abc import Sequence


def make_user(name: str, *, role: str = "member", tags: Sequence[str] | None = None) -> dict:
    return {"name": name, "role": role, "tags": [*(tags or ()), role]}
