"""The dataclass decorator generates __init__ and __repr__ for the class. The
== operator compares references, so it is only true when both names point at
the same object, just like JavaScript.
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
