"""Your explanation: the decorator generates __init__, __repr__ and __eq__.
== compares the instances' field values (as tuples) when both are Versions."""
from dataclasses import dataclass


@dataclass
class Version:
    major: int
    minor: int
    patch: int

    @property
    def label(self) -> str:
        return ".".join(str(n) for n in (self.major, self.minor, self.patch))


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
