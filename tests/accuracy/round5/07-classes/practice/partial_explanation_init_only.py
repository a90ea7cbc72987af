"""Lesson 07 · Practice

Design `Version` for version numbers such as 1.4.2.

Your explanation: @dataclass writes __init__ and __repr__. It does not write __eq__
unless you pass eq=True, which I did, and then == compares the fields.
"""
from dataclasses import dataclass


@dataclass(eq=True)
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
