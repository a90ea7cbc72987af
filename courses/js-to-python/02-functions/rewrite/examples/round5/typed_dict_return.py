from typing import TypedDict


class User(TypedDict):
    name: str
    role: str
    tags: list[str]


def make_user(name: str, *, role: str = "member", tags: list[str] | None = None) -> User:
    return User(name=name, role=role, tags=(tags or []) + [role])
