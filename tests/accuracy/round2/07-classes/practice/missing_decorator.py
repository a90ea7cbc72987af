"""Version.

Your explanation: @dataclass generates __init__, __repr__ and __eq__; == compares
the three numbers.
"""
from dataclasses import dataclass


class Version:
    major: int
    minor: int
    patch: int

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"
