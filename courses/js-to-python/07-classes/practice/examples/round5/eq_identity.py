"""Lesson 07 · Practice

Design `Version` for version numbers such as 1.4.2.

Your explanation: @dataclass generates __init__, __repr__ and __eq__, and == compares
the field values. Here I wrote them myself.
"""


class Version:
    def __init__(self, major, minor, patch):
        self.major, self.minor, self.patch = major, minor, patch

    def __repr__(self):
        return f"Version({self.major}, {self.minor}, {self.patch})"

    def __eq__(self, other):
        return self is other

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
