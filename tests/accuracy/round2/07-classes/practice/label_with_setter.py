"""Version.

@dataclass writes __init__, __repr__ and __eq__; == compares (major, minor, patch).
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

    @label.setter
    def label(self, value):
        self.major, self.minor, self.patch = (int(p) for p in value.split("."))
