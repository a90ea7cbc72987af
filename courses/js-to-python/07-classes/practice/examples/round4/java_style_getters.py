"""Lesson 07 · Practice

Your explanation: @dataclass generates __init__, __repr__ and __eq__, == compares
the private fields.
"""

from dataclasses import dataclass


@dataclass
class Version:
    _major: int
    _minor: int
    _patch: int

    def getMajor(self):
        return self._major

    def getMinor(self):
        return self._minor

    def getPatch(self):
        return self._patch

    @property
    def label(self):
        return f"{self.getMajor()}.{self.getMinor()}.{self.getPatch()}"


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
