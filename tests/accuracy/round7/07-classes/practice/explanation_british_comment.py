"""Lesson 07 practice.

Version numbers.
"""

from dataclasses import dataclass

# The @dataclass decorator generates the initialiser, a __repr__ that lists
# each field (so the REPL shows Version(major=1, minor=4, patch=2)) and an
# __eq__ that compares the fields pairwise, in declaration order; order=True
# additionally gives me <, <= etc.  Equality is by value, not identity.


@dataclass(frozen=True, order=True)
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
