"""Lesson 07 practice.

Your explanation: @dataclass writes __init__ (taking major, minor, patch),
__repr__ (Version(major=1, minor=4, patch=2)) and __eq__.  The generated ==
compares the fields in order, as if comparing (major, minor, patch) tuples,
and only between two Versions; it is not an identity check.
"""

from dataclasses import astuple, dataclass


@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int

    @property
    def label(self):
        return ".".join(map(str, astuple(self)))


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
