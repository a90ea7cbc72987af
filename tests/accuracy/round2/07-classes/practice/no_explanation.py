"""Lesson 07 · Practice

Design `Version` for version numbers such as 1.4.2.

Your explanation: ...
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
