"""Lesson 07 · Practice

Design `Version` for version numbers such as 1.4.2.

Your explanation: @dataclass generates __init__/__repr__/__eq__; == compares the
field values pairwise, in order.
"""
from dataclasses import astuple, dataclass


@dataclass(frozen=True, slots=True)
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
