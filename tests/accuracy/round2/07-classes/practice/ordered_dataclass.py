"""A semantic version.

@dataclass(order=True, frozen=True) writes __init__, __repr__, __eq__ and,
because of order=True, __lt__/__le__/__gt__/__ge__ too (plus __hash__ since
it is frozen). Equality compares the fields one by one as if they were the
tuple (major, minor, patch); it never looks at object identity.
"""
from dataclasses import dataclass


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"
