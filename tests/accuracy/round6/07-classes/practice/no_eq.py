"""Lesson 07 · Practice

Your explanation: a dataclass would write __init__, __repr__ and __eq__; here
== compares the three numbers.
"""


class Version:
    def __init__(self, major, minor, patch):
        self.major = major
        self.minor = minor
        self.patch = patch

    def __repr__(self):
        return f"Version({self.major}, {self.minor}, {self.patch})"

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"
