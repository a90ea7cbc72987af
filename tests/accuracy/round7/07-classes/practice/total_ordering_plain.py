"""Lesson 07 practice.

Your explanation: @dataclass writes __init__ (taking major, minor, patch),
__repr__ (Version(major=1, minor=4, patch=2)) and __eq__.  The generated ==
compares the fields in order, as if comparing (major, minor, patch) tuples,
and only between two Versions; it is not an identity check.
"""



class Version:
    __slots__ = ("major", "minor", "patch")

    def __init__(self, major, minor, patch):
        self.major = major
        self.minor = minor
        self.patch = patch

    def _key(self):
        return (self.major, self.minor, self.patch)

    def __repr__(self):
        return f"{type(self).__name__}{self._key()}"

    def __eq__(self, other):
        if isinstance(other, Version):
            return self._key() == other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    @property
    def label(self):
        return ".".join(str(n) for n in self._key())


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
