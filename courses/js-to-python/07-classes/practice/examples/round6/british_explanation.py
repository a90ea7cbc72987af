"""Lesson 07 · Practice

Your explanation: the @dataclass decorator generates the constructer (__init__),
a sensible __repr__ and an __eq__ from the feilds I've annotated. When you
do == it compares the two versions feild by feild, major then minor then
patch, rather than checking they're the very same object.
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
