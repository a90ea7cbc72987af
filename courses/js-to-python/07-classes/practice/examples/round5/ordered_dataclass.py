"""Lesson 07 · Practice

Design `Version` for version numbers such as 1.4.2.

Your explanation: @dataclass(order=True) writes __init__, __repr__ and __eq__, plus
__lt__, __le__, __gt__ and __ge__ because of order=True. Both == and <
look at the fields as a tuple in declaration order, (major, minor, patch),
so Version(1, 10, 0) > Version(1, 9, 9) works as expected.
"""
from dataclasses import dataclass


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int
    patch: int

    @property
    def label(self):
        return ".".join(str(part) for part in (self.major, self.minor, self.patch))


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
