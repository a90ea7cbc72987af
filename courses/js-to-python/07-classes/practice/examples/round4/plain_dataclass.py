"""Lesson 07 · Practice

Your explanation: the @dataclass decorator generates __init__, __repr__ and
__eq__ from the field annotations. == on two Versions compares major, minor and
patch field by field (as tuples), not identity.
"""

from dataclasses import dataclass


@dataclass
class Version:
    major: int
    minor: int
    patch: int

    @property
    def label(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
