"""Lesson 07 · Practice

Your explanation: the @dataclass decorator synthesises __init__, __repr__ and
__eq__ from the annotated fields, so I need not write that boilerplate; with
frozen=True it also forbids reassignment and supplies __hash__. Equality compares
the fields in declaration order, as one would compare the tuples (1, 4, 2), rather
than checking whether both names refer to the same object.
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
