"""Lesson 07 · Practice: reference answer.

@dataclass reads the annotated fields and generates __init__(major, minor,
patch), a __repr__ that prints Version(major=1, minor=4, patch=2), and an
__eq__ that compares the fields in order, as if they were a tuple. So == asks
whether two versions hold the same numbers, not whether they are the same
object: that is what `is` checks. frozen=True also makes versions immutable
(and hashable), which suits a value like this one, and `label` is a property
computed from the numbers, so it can never go stale.
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
    print(repr(version), version.label, version == Version(1, 4, 2))
