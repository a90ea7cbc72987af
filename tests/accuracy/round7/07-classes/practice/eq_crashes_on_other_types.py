"""Lesson 07 practice.

Your explanation: @dataclass writes __init__ (taking major, minor, patch),
__repr__ (Version(major=1, minor=4, patch=2)) and __eq__.  The generated ==
compares the fields in order, as if comparing (major, minor, patch) tuples,
and only between two Versions; it is not an identity check.
"""



class Version:
    def __init__(self, major, minor, patch):
        self.major = major
        self.minor = minor
        self.patch = patch

    def __repr__(self):
        return f"Version(major={self.major}, minor={self.minor}, patch={self.patch})"

    def __eq__(self, other):
        return (self.major, self.minor, self.patch) == (other.major, other.minor, other.patch)

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
