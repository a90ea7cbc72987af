"""Lesson 07 · Practice

Your explanation: @dataclass writes __init__, __repr__ and __eq__ from the type
hints, and == compares the fields.
"""


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
