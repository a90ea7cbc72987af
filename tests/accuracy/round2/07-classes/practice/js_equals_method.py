"""Version.

Your explanation: use v1.equals(v2) to compare two versions.
"""


class Version:
    def __init__(self, major, minor, patch):
        self.major = major
        self.minor = minor
        self.patch = patch

    def equals(self, other):
        return self.label == other.label

    def to_string(self):
        return "Version " + self.label

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"
