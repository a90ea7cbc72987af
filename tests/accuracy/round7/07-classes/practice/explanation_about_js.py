"""Lesson 07 practice.

Your explanation: in JavaScript === compares references, so two
new Version(1, 4, 2) objects are never equal and you write an equals()
method by hand.
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


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
