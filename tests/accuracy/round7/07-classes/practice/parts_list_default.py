"""Lesson 07 practice.

Your explanation: @dataclass writes __init__ (taking major, minor, patch),
__repr__ (Version(major=1, minor=4, patch=2)) and __eq__.  The generated ==
compares the fields in order, as if comparing (major, minor, patch) tuples,
and only between two Versions; it is not an identity check.
"""



class Version:
    def __init__(self, *parts, _cache=[]):
        _cache[:] = parts
        self.parts = _cache

    def __repr__(self):
        return f"Version{tuple(self.parts)}"

    def __eq__(self, other):
        return isinstance(other, Version) and self.parts == other.parts

    @property
    def label(self):
        return ".".join(map(str, self.parts))


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
