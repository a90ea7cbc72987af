"""Lesson 07 practice.

Your explanation: @dataclass writes the __init__ and __repr__ for me, and ==
checks whether the two names point at the same object in memory, like ===
in JavaScript.
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
