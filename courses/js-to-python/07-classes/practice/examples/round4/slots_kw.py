"""Lesson 07 · Practice

Your explanation: dataclass(frozen=True, slots=True) generates __init__, __repr__,
__eq__ and __hash__ and a __slots__ layout; == compares (major, minor, patch) of
two Version instances.
"""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Version:
    major: int
    minor: int
    patch: int

    @property
    def label(self) -> str:
        return ".".join(map(str, (self.major, self.minor, self.patch)))


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
