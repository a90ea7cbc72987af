"""Your explanation:
The @dataclass decorator reads the annotated fields and writes:
  * __init__(self, major, minor, patch)
  * __repr__, so the REPL shows Version(major=1, minor=4, patch=2)
  * __eq__, which compares (major, minor, patch) of both objects
With order=True it also writes <, <=, > and >= using the same tuple order,
and frozen=True stops anyone from changing the numbers afterwards.
So == looks at the values of the fields, not at identity.
"""
from dataclasses import dataclass


@dataclass(order=True, frozen=True)
class Version:
    # the three parts of a version number
    major: int
    minor: int
    patch: int

    # a computed, read-only attribute
    @property
    def label(self):
        # join the three numbers with dots
        return f"{self.major}.{self.minor}.{self.patch}"


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
