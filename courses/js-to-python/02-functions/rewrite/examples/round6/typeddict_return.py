from typing import TypedDict


class User(TypedDict):
    name: str
    role: str
    tags: list[str]


def make_user(name: str, *, role: str = "member", tags: list[str] | None = None) -> User:
    all_tags = list(tags or [])
    all_tags.append(role)
    return User(name=name, role=role, tags=all_tags)
