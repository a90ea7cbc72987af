"""Lesson 07 · Practice

Design `Version` for version numbers such as 1.4.2.

Your explanation: The @dataclass decorater generates the initialiser (__init__), a
representation (__repr__) and an equality method (__eq__) for us, which
saves a lot of boilerplate behaviour. When you use ==, it compares each
feild of the two versions in turn - major, minor, then patch - rather than
checking they're the same object in memmory.
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
    print(repr(version), version == Version(1, 4, 2))
