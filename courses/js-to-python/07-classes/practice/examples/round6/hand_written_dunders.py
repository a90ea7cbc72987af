"""Lesson 07 · Practice

Your explanation: I wrote it by hand to see the parts, but @dataclass would
generate exactly __init__, __repr__ and __eq__ from the annotated fields. ==
calls __eq__, which here compares (major, minor, patch) tuples, so equal
numbers mean equal versions even for different objects.
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
