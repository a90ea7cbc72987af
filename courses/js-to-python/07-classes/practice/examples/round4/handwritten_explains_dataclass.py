"""Lesson 07 · Practice

Your explanation: I wrote by hand what @dataclass would
generate from the annotations: __init__ that stores the fields, __repr__ that
lists them, and __eq__ that compares them as a tuple (and only with the same
class). So == here, as with a dataclass, compares major, minor and patch, never
object identity.
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
        return f"{type(self).__name__}(major={self.major}, minor={self.minor}, patch={self.patch})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    @property
    def label(self):
        return "%d.%d.%d" % self._key()


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
