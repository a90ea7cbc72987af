"""Version.

Your explanation: @dataclass writes __init__ and __repr__ for us. == still
checks whether the two variables point to the same object in memory, just
like === in JavaScript.
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
