"""Lesson 07 · Practice

Design `Version` for version numbers such as 1.4.2:

- it is built as `Version(1, 4, 2)`;
- `Version(1, 4, 2) == Version(1, 4, 2)` is True;
- it shows up readably when printed in the REPL;
- `version.label` gives "1.4.2".

Then, in this docstring (replace the line below), say what the decorator you
chose writes for the class, and what `==` looks at when it checks two versions.

Your explanation: the decorator generates __init__(major, minor, patch), a
__repr__ like Version(major=1, minor=4, patch=2), and __eq__, which checks the
three fields of both objects one by one (values, not identity).
"""
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
    v = Version(1, 4, 2)
    print(v, v.label, v == Version(1, 4, 2))
