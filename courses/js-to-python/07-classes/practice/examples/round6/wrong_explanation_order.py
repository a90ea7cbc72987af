"""Lesson 07 · Practice

Your explanation: @dataclass writes __init__, __repr__, __lt__ and __hash__ so
versions can be sorted and put in sets. == first checks whether both names
point to the same object in memory, like === in JavaScript.
"""

from dataclasses import dataclass


@dataclass
class Version:
    major: int
    minor: int
    patch: int

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"
