"""Lesson 07 · Practice

Your explanation: @dataclass writes __init__, __repr__ and __eq__ from the
field list (frozen=True also makes instances immutable and hashable). ==
compares the fields in order, major, minor and patch, as a tuple, and only
between instances of the same class.
"""
from dataclasses import dataclass


@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
