"""Lesson 07 · Practice

Design `Version` for version numbers such as 1.4.2:

- it is built as `Version(1, 4, 2)`;
- `Version(1, 4, 2) == Version(1, 4, 2)` is True;
- it shows up readably when printed in the REPL;
- `version.label` gives "1.4.2".

Then, in this docstring (replace the line below), say what the decorator you
chose writes for the class, and what `==` looks at when it checks two versions.

Your explanation: with @dataclass I don't write __init__, __repr__ or __eq__
myself; the decorator generates all three from the fields.  == doesn't check
identity the way JS === does on objects: it is true when major, minor and
patch are all equal, and no other attribute is looked at.
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
    v = Version(1, 4, 2)
    print(v, v.label, v == Version(1, 4, 2))
