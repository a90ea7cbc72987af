"""Version.

@dataclass writes __init__, __repr__, __eq__; == compares fields.
"""
from dataclasses import dataclass


@dataclass
class Version
    major: int
    minor: int
    patch: int

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"
