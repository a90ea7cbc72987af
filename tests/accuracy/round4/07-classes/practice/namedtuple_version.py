"""Lesson 07 · Practice

Your explanation: I used typing.NamedTuple. It writes __new__, a readable
__repr__ and tuple equality, so == compares the three numbers like tuples.
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
