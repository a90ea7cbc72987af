"""Your explanation: @dataclass writes __init__, __repr__, __eq__ from the
annotations; == compares the fields pairwise in declaration order."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Version:
    majorVersion: int
    minorVersion: int
    patchVersion: int

    @property
    def label(self):
        return f"{self.majorVersion}.{self.minorVersion}.{self.patchVersion}"


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
