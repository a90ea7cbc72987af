"""Version.

@dataclass makes __init__ and __repr__, and == compares major/minor/patch.
"""
from dataclasses import dataclass


@dataclass(eq=False)
class Version:
    major: int
    minor: int
    patch: int

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"
