"""Lesson 07 · Practice

Your explanation: @dataclass writes __init__, __repr__ and __eq__ from the
three fields. == compares the fields in order (major, minor, patch), so two
versions with the same numbers are equal even if they are different objects.
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
    print(Version(1, 4, 2))
