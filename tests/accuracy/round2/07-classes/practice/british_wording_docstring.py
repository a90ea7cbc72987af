"""Version class.

Your explanation: the dataclass decorator auto-generates the initialiser
(__init__), a sensible repr and an equality method, so I don't have to write
that boilerplate. Its behaviour for == is to compare each field's value in
turn - same major, minor and patch means equal - rather than checking whether
it's the same object like === in JS.
"""
from dataclasses import dataclass


@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int

    @property
    def label(self):
        return "%d.%d.%d" % (self.major, self.minor, self.patch)
