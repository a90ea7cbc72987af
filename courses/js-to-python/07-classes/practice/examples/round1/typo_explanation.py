"""Lesson 07 · Practice

Design `Version` for version numbers such as 1.4.2:

- it is built as `Version(1, 4, 2)`;
- `Version(1, 4, 2) == Version(1, 4, 2)` is True;
- it shows up readably when printed in the REPL;
- `version.label` gives "1.4.2".

Then, in this docstring (replace the line below), say what the decorator you
chose writes for the class, and what `==` looks at when it checks two versions.

Your explanation: the @dataclass decorater generates __init__, __repr__ and
__eq__. == compares the feilds major, minor and patch in order, not wether its
the same object.
"""
from dataclasses import dataclass


@dataclass
class Version:
    major: int
    minor: int
    patch: int

    @property
    def label(self):
        return str(self.major) + "." + str(self.minor) + "." + str(self.patch)


if __name__ == "__main__":
    v = Version(1, 4, 2)
    print(v, v.label, v == Version(1, 4, 2))
