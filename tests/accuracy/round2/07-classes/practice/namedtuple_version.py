"""Version.

Your explanation: NamedTuple builds the constructor and repr for me, and since
it is a tuple == compares the numbers position by position.
"""
from typing import NamedTuple


class Version(NamedTuple):
    major: int
    minor: int
    patch: int

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"
