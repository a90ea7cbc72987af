from dataclasses import dataclass


@dataclass(frozen=True)
class Version:
    """A version number such as 1.4.2.

    @dataclass generates __init__(major, minor, patch), a __repr__ like
    Version(major=1, minor=4, patch=2) and an __eq__ that compares the fields
    as tuples, so Version(1, 4, 2) == Version(1, 4, 2) is True.
    """

    major: int
    minor: int
    patch: int

    @property
    def label(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"
