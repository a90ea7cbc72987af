"""Lesson 07 · Practice

Design `Version` for version numbers such as 1.4.2.

Your explanation: @dataclass only writes the __init__ for me so I don't need a
constructor. == checks whether the two variables are the same object in
memory, like === in JavaScript.
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
