"""Version.

@dataclass generates __init__, __repr__ and __eq__; == compares all fields.
"""
from dataclasses import dataclass


@dataclass
class Version:
    major: int
    minor: int
    patch: int

    def get_label(self):
        return f"{self.major}.{self.minor}.{self.patch}"
