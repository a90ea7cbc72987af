from typing import NamedTuple


class User(NamedTuple):
    name: str
    role: str
    tags: list


def make_user(name, *, role="member", tags=None):
    return User(name, role, list(tags or []) + [role])
