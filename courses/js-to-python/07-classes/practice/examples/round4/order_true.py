"""Lesson 07 · Practice

Your explanation: dataclass(order=True, frozen=True) writes __init__, __repr__,
__eq__, __hash__ and the ordering methods (__lt__, __le__, __gt__, __ge__). Equality
and ordering compare the field tuple (major, minor, patch), so 1.10.0 > 1.9.9
numerically, not as text.
"""

from dataclasses import dataclass


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int
    patch: int

    @property
    def label(self):
        return ".".join(str(part) for part in (self.major, self.minor, self.patch))


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
