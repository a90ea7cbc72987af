"""Lesson 07 practice.

Your explanation: I wrote by hand what @dataclass would write for me:
__init__, __repr__ and __eq__.  The dataclass version of == compares the
fields one by one (major, then minor, then patch) for two objects of the
same class, and so does mine.
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

    __hash__ = None

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
