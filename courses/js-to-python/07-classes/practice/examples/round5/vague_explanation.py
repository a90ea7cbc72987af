"""Lesson 07 · Practice

Design `Version` for version numbers such as 1.4.2.

Your explanation: The decorator removes the boilerplate so I don't have to write it,
and == works properly now.
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


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
