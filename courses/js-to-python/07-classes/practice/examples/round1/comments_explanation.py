"""Lesson 07 · Practice: Version."""
from dataclasses import dataclass


# @dataclass generates __init__, __repr__ and __eq__ from the three fields.
# == compares the fields in order (like a tuple comparison), so two separate
# Version(1, 4, 2) objects are equal.
@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"


if __name__ == "__main__":
    v = Version(1, 4, 2)
    print(v, v.label, v == Version(1, 4, 2))
