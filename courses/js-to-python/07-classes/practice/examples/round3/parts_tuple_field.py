"""Your explanation: @dataclass generated __repr__ and __eq__ here (I wrote
__init__ myself so it takes three numbers). == compares the `parts` tuples."""
from dataclasses import dataclass


@dataclass(init=False, frozen=True)
class Version:
    parts: tuple

    def __init__(self, major, minor, patch):
        object.__setattr__(self, "parts", (major, minor, patch))

    @property
    def label(self):
        return ".".join(str(p) for p in self.parts)


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
