"""Lesson 07 · Practice

Your explanation: @dataclass reads the annotated fields and writes __init__,
__repr__ and __eq__ for me. == calls the generated __eq__, which compares the
fields in order (major, minor, patch) as a tuple, so two separate objects with
the same numbers are equal; it does not compare identity like `is`.
"""


class Version:
    def __init__(self, major, minor, patch):
        self.major, self.minor, self.patch = major, minor, patch

    def __str__(self):
        return f"Version {self.major}.{self.minor}.{self.patch}"

    def __eq__(self, other):
        return (self.major, self.minor, self.patch) == (other.major, other.minor, other.patch)

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"
