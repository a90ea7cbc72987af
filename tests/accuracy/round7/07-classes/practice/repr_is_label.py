"""Lesson 07 practice.

Your explanation: @dataclass writes __init__, __repr__ and __eq__ (I turn off
its __repr__ with repr=False for a shorter one).  == compares the fields as a
tuple, in the order they are declared.
"""

from dataclasses import dataclass


@dataclass(frozen=True, repr=False)
class Version:
    major: int
    minor: int
    patch: int

    def __repr__(self):
        return f"Version({self.major}, {self.minor}, {self.patch})"

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
