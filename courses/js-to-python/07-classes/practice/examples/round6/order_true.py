"""Lesson 07 · Practice

Your explanation: @dataclass turns the three annotated fields into __init__,
__repr__ and __eq__; with order=True it also adds <, <=, > and >=, and
frozen=True makes it immutable and hashable. == compares the fields as a
tuple, in declaration order, and only against another Version.
"""

from dataclasses import dataclass


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int
    patch: int

    @property
    def label(self) -> str:
        return ".".join(str(part) for part in (self.major, self.minor, self.patch))
