"""Lesson 07 · Practice

Your explanation: @dataclass generates __init__, __repr__ and __eq__ from the
annotated fields; == compares majorNumber, minorNumber and patchNumber in order.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Version:
    majorNumber: int
    minorNumber: int
    patchNumber: int

    @property
    def label(self):
        return f"{self.majorNumber}.{self.minorNumber}.{self.patchNumber}"


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
