"""Lesson 07 · Practice

Your explanation: NamedTuple gives me a tuple with named fields, so it is
immutable and == compares it like any tuple.
"""

from typing import NamedTuple


class Version(NamedTuple):
    major: int
    minor: int
    patch: int

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"
