from __future__ import annotations


def make_user(name: str, *, role: str = "member", tags: list[str] | None = None) -> dict:
    new_tags = [] if tags is None else list(tags)
    new_tags.append(role)
    return {"name": name, "role": role, "tags": new_tags}


if __name__ == "__main__":
    print(make_user("ada"))
