"""Lesson 07 · Practice

Your explanation: a @dataclass would generate __init__, __repr__ and __eq__; == then
compares the fields in order. I wrote mine by hand with __str__ for printing.
"""


class Version:
    def __init__(self, major, minor, patch):
        self.major = major
        self.minor = minor
        self.patch = patch

    def __str__(self):
        return f"Version {self.major}.{self.minor}.{self.patch}"

    def __eq__(self, other):
        return isinstance(other, Version) and str(self) == str(other)

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
