"""Lesson 07 · Practice

Your explanation: @dataclass reads the three annotated fields and writes
__init__(self, major, minor, patch), a __repr__ that shows them
("Version(major=1, minor=4, patch=2)") and an __eq__. With frozen=True it also
blocks assignment and adds __hash__. == compares the fields in order, like the
tuples (major, minor, patch), and only between two Version objects.
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
