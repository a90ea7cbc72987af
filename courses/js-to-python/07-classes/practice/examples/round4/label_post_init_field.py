"""Lesson 07 · Practice

Your explanation: @dataclass writes __init__, __repr__ and __eq__; == compares
all the fields as a tuple.
"""

from dataclasses import dataclass, field


@dataclass
class Version:
    major: int
    minor: int
    patch: int
    label: str = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        self.label = f"{self.major}.{self.minor}.{self.patch}"


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
