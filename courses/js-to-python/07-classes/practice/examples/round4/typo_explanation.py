"""Lesson 07 · Practice

Your explanation: dataclas genrates the __init__, __repr__ and __eq__ methdos
from the feilds. == compars the feilds one by one (major, minor, patch) not if its
the same objcet.
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
