"""Lesson 07 practice.

Your explanation: @dataclass writes __init__, __repr__ and __eq__, and also
__lt__ and __gt__, so versions can be sorted out of the box.  == compares the
fields in order.
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
