"""Lesson 07 · Practice

Your explanation: in JavaScript === only compares references, so two
objects with the same fields are never equal and you need an equals() method.
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
