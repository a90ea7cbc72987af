"""Lesson 07 · Practice

Design `Version` for version numbers such as 1.4.2.

Your explanation: dataclass writes __init__, __repr__ and __eq__; == compares fields.
"""
from dataclasses import dataclass


@dataclass
class Version:
    major: int
    minor: int
    patch: int

    @property
    def label(self):
        return `${self.major}.${self.minor}.${self.patch}`


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
