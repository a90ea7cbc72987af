from dataclasses import dataclass, field


@dataclass
class User:
    name: str
    role: str
    tags: list[str] = field(default_factory=list)


def make_user(name, *, role="member", tags=None):
    return User(name=name, role=role, tags=[*(tags or []), role])
