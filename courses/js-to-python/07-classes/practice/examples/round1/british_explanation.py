"""Lesson 07 · Practice

Design `Version` for version numbers such as 1.4.2:

- it is built as `Version(1, 4, 2)`;
- `Version(1, 4, 2) == Version(1, 4, 2)` is True;
- it shows up readably when printed in the REPL;
- `version.label` gives "1.4.2".

Then, in this docstring (replace the line below), say what the decorator you
chose writes for the class, and what `==` looks at when it checks two versions.

Your explanation: @dataclass inspects the class's annotations and
synthesises __init__, __repr__ and __eq__ from them.  The generated __eq__
behaves like comparing tuples of the fields: Version(1, 4, 2) ==
Version(1, 4, 2) because each number matches, regardless of the objects'
identity.  Making it frozen also stops anyone modifying a version by
accident, which suits a value type.
"""
from dataclasses import dataclass


@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int

    @property
    def label(self) -> str:
        """The conventional dotted form, e.g. '1.4.2'."""
        return f"{self.major}.{self.minor}.{self.patch}"


if __name__ == "__main__":
    v = Version(1, 4, 2)
    print(v, v.label, v == Version(1, 4, 2))
