"""Lesson 07 · Practice

Your explanation: @dataclass writes __init__, __repr__ and __eq__; ==
compares the field values in order.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int

    label = property(lambda self: f"{self.major}.{self.minor}.{self.patch}")


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
