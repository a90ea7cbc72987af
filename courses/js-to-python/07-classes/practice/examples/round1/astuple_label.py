"""Lesson 07 · Practice

Design `Version` for version numbers such as 1.4.2:

- it is built as `Version(1, 4, 2)`;
- `Version(1, 4, 2) == Version(1, 4, 2)` is True;
- it shows up readably when printed in the REPL;
- `version.label` gives "1.4.2".

Then, in this docstring (replace the line below), say what the decorator you
chose writes for the class, and what `==` looks at when it checks two versions.

Your explanation: dataclass generates the constructor, a readable repr and an
equality method.  Two versions are == when all of their fields are equal, in
declaration order; it's a value comparison, not an `is` check.
"""
from dataclasses import astuple, dataclass


@dataclass(frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    @property
    def label(self):
        return ".".join(map(str, astuple(self)))


if __name__ == "__main__":
    v = Version(1, 4, 2)
    print(v, v.label, v == Version(1, 4, 2))
