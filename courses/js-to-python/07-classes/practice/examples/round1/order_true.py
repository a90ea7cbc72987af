"""Lesson 07 · Practice

Design `Version` for version numbers such as 1.4.2:

- it is built as `Version(1, 4, 2)`;
- `Version(1, 4, 2) == Version(1, 4, 2)` is True;
- it shows up readably when printed in the REPL;
- `version.label` gives "1.4.2".

Then, in this docstring (replace the line below), say what the decorator you
chose writes for the class, and what `==` looks at when it checks two versions.

Your explanation: @dataclass(order=True, frozen=True) writes __init__,
__repr__, __eq__ and also __lt__/__le__/__gt__/__ge__ and __hash__.  == looks
at the fields as a tuple, (1, 4, 2) == (1, 4, 2), so equal numbers mean equal
versions and ordering follows the same tuples.
"""
from dataclasses import dataclass


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int
    patch: int

    @property
    def label(self):
        return "%d.%d.%d" % (self.major, self.minor, self.patch)


if __name__ == "__main__":
    v = Version(1, 4, 2)
    print(v, v.label, v == Version(1, 4, 2))
