"""Lesson 07 · Practice

Design `Version` for version numbers such as 1.4.2.

Your explanation: I used NamedTuple instead of @dataclass. @dataclass would write
__init__, __repr__ and __eq__ for me; NamedTuple gives the same three
(it is a tuple underneath). == compares the three numbers in order, so
Version(1, 4, 2) == Version(1, 4, 2); as a tuple it is even equal to
(1, 4, 2).
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
