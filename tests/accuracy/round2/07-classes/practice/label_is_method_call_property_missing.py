"""Version.

Your explanation: @dataclass writes __init__, __repr__ and __eq__, and ==
compares the three numbers field by field.
"""
from dataclasses import dataclass


@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int

    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"
