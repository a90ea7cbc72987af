"""Your explanation: I wrote them by hand to see what @dataclass would write:
an __init__ that stores the fields, a __repr__ like Version(major=1, ...),
and an __eq__ that compares the fields as a tuple when the other object is
the same class."""


class Version:
    def __init__(self, major, minor, patch):
        self.major = major
        self.minor = minor
        self.patch = patch

    def __repr__(self):
        return f"Version(major={self.major}, minor={self.minor}, patch={self.patch})"

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor, self.patch) == (other.major, other.minor, other.patch)

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
