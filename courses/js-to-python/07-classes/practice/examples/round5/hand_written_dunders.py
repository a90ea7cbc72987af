"""Lesson 07 · Practice

Design `Version` for version numbers such as 1.4.2.

Your explanation: I wrote the methods by hand to see them: @dataclass would generate
exactly these (__init__, __repr__, __eq__) from the three annotated fields.
My __eq__, like the generated one, compares (major, minor, patch) of both
objects, so equal numbers mean equal versions.
"""


class Version:
    def __init__(self, major, minor, patch):
        self.major = major
        self.minor = minor
        self.patch = patch

    def __repr__(self):
        return f"Version({self.major}, {self.minor}, {self.patch})"

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor, self.patch) == (other.major, other.minor, other.patch)

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
