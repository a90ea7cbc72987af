"""Lesson 07 · Practice

Your explanation: ...
"""
from dataclasses import dataclass


# @dataclass writes __init__, __repr__ and __eq__ for me.
# == compares major, minor and patch one by one.
@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"
