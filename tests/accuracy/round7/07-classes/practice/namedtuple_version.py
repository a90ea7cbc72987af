"""Lesson 07 practice.

Your explanation: I chose typing.NamedTuple rather than @dataclass; both
write __init__ and __repr__ for the fields, and @dataclass also writes an
__eq__ that compares the fields in order.  A NamedTuple is a tuple, so ==
compares the three numbers.
"""

from typing import NamedTuple


class Version(NamedTuple):
    major: int
    minor: int
    patch: int

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
