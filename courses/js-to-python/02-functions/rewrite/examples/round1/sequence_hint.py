from typing import Optional, Sequence


def make_user(
    name: str,
    *,
    role: str = "member",
    tags: Optional[Sequence[str]] = None,
) -> dict:
    return {
        "name": name,
        "role": role,
        "tags": [*(tags if tags is not None else ()), role],
    }


if __name__ == "__main__":
    print(make_user("ada"))
    mine = ["founder"]
    print(make_user("grace", role="admin", tags=mine))
    print(mine)
    print(make_user("linus"))
