"""Lesson 07 · Practice

Design `Version` for version numbers such as 1.4.2.

Your explanation: @dataclass makes the constructor, __repr__ and __eq__ for me; the
== operator then compares majorNum, minorNum and patchNum of both
objects, not their identity like === in JS.
"""
from dataclasses import dataclass


@dataclass
class Version:
    majorNum: int
    minorNum: int
    patchNum: int

    @property
    def label(self):
        return f"{self.majorNum}.{self.minorNum}.{self.patchNum}"


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
