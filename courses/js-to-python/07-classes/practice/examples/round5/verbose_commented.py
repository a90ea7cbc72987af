"""Lesson 07 · Practice

Your explanation:
In JavaScript I would have to write a constructor, a toString() and an
equals() method myself, because === only checks whether two variables point
to the same object. The @dataclass decorator generates these for me from the
field annotations:

* __init__ so I can write Version(1, 4, 2),
* __repr__ so the REPL shows Version(major=1, minor=4, patch=2),
* __eq__ so that == compares the field values (major, then minor, then
  patch) instead of checking if it's the same object.
"""
from dataclasses import dataclass


@dataclass
class Version:
    # the three numbers of a version, like 1.4.2
    major: int
    minor: int
    patch: int

    # label is a property: you read it as version.label, with no ()
    # and there is no setter, so it cannot be assigned
    @property
    def label(self) -> str:
        # join the three numbers with dots
        return f"{self.major}.{self.minor}.{self.patch}"


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
