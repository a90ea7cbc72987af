"""Lesson 07 · Practice

Design `Version` for version numbers such as 1.4.2:

- it is built as `Version(1, 4, 2)`;
- `Version(1, 4, 2) == Version(1, 4, 2)` is True;
- it shows up readably when printed in the REPL;
- `version.label` gives "1.4.2".

Then, in this docstring (replace the line below), say what the decorator you
chose writes for the class, and what `==` looks at when it checks two versions.

Your explanation: ...
"""
from dataclasses import dataclass


@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
