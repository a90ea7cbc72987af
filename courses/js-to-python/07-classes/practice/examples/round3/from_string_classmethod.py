"""Your explanation: @dataclass writes the constructor, a repr listing the
fields and an __eq__ that compares (major, minor, patch) with the other
instance's. frozen=True adds __hash__ and blocks assignment."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int

    @classmethod
    def parse(cls, text):
        return cls(*(int(part) for part in text.split(".")))

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
