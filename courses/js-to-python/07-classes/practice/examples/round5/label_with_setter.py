"""Lesson 07 · Practice

Design `Version` for version numbers such as 1.4.2.

Your explanation: @dataclass writes the __init__, __repr__ and __eq__ methods. ==
compares major, minor and patch.
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
    def label(self, text):
        self.major, self.minor, self.patch = (int(p) for p in text.split("."))


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
