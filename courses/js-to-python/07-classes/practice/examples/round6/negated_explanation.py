"""Lesson 07 · Practice

Your explanation: I don't write __init__, __repr__ or __eq__ myself; @dataclass
generates them from the annotations. == does not check identity (that is
`is`): the generated __eq__ compares major, minor and patch of both objects.
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
