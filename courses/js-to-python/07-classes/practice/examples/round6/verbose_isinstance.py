"""Lesson 07 · Practice

Your explanation: @dataclass reads the annotated fields and writes __init__,
__repr__ and __eq__ for me. == calls the generated __eq__, which compares the
fields in order (major, minor, patch) as a tuple, so two separate objects with
the same numbers are equal; it does not compare identity like `is`.
"""


class Version:
    """A semantic version number."""

    def __init__(self, major: int, minor: int, patch: int) -> None:
        self.major = major
        self.minor = minor
        self.patch = patch

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor, self.patch) == (other.major, other.minor, other.patch)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(major={self.major}, minor={self.minor}, patch={self.patch})"

    @property
    def label(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"
