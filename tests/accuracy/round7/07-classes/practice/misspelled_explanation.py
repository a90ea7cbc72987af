"""Lesson 07 practice.

Your explanation: @dataclass genarates the __init__, the __repr__ (so the REPL
shows Version(major=1, minor=4, patch=2)) and __eq__.  == compairs the feilds
one by one like a tuple, not wether they are the same object.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int

    @property
    def label(self):
        return "%d.%d.%d" % (self.major, self.minor, self.patch)


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
