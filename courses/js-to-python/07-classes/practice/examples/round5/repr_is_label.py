"""Lesson 07 · Practice

Design `Version` for version numbers such as 1.4.2.

Your explanation: @dataclass writes __init__, __eq__ and normally __repr__; I turned
the repr off (repr=False) to print my own shorter one. The generated
__eq__ compares the fields (major, minor, patch) as tuples.
"""
from dataclasses import dataclass


@dataclass(repr=False)
class Version:
    major: int
    minor: int
    patch: int

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"

    def __repr__(self):
        return f"Version({self.label})"


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
