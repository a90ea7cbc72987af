"""Lesson 07 · Practice

Your explanation: dataclass generates the __init__, __repr__ and __eq__ methods
for me. == compares the values of major, minor and patch.
"""

from dataclasses import dataclass


@dataclass
class Version:
    major: int
    minor: int
    patch: int

    def get_label(self):
        return f"{self.major}.{self.minor}.{self.patch}"


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
