"""Version.

Your explanation: @dataclass would generate __init__, __repr__ and __eq__ for
me; I wrote them out by hand here to see what it does. == compares the three
numbers field by field, not whether both names point at the same object.
"""


class Version:
    def __init__(self, major, minor, patch):
        self.major, self.minor, self.patch = major, minor, patch

    def __repr__(self):
        return f"Version(major={self.major}, minor={self.minor}, patch={self.patch})"

    def __eq__(self, other):
        if isinstance(other, Version):
            return self._key() == other._key()
        return NotImplemented

    def _key(self):
        return (self.major, self.minor, self.patch)

    @property
    def label(self):
        return ".".join(map(str, self._key()))
