"""I wrote the methods by hand to see what @dataclass would generate for me:
__init__ stores the numbers, __repr__ shows them, and __eq__ compares the
fields as a tuple instead of identity. In real code I would let @dataclass
write all three.
"""


class Version:
    def __init__(self, major, minor, patch):
        self.major = major
        self.minor = minor
        self.patch = patch

    def __repr__(self):
        return f"Version({self.major!r}, {self.minor!r}, {self.patch!r})"

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor, self.patch) == (other.major, other.minor, other.patch)

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"
