"""Version numbers as a NamedTuple."""
from typing import NamedTuple


class Version(NamedTuple):
    major: int
    minor: int
    patch: int

    @property
    def label(self):
        return ".".join(map(str, self))


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
