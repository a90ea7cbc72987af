"""Lesson 07 · Practice

Design `Version` for version numbers such as 1.4.2.

Your explanation: @dataclass writes __init__(self, major, minor, patch), a __repr__
that shows Version(major=1, minor=4, patch=2), and an __eq__. That __eq__
compares two versions field by field (as the tuples (major, minor, patch)),
so two separate objects with the same numbers are equal; it does not
compare identity.
"""
from dataclasses import dataclass


@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int

    @property
    def label(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
