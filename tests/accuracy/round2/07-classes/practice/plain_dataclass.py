"""Version numbers.

The @dataclass decorator generates the __init__, __repr__ and __eq__ methods.
== compares the field values (major, minor, patch) as a tuple, not identity.
"""
from dataclasses import dataclass


@dataclass
class Version:
    major: int
    minor: int
    patch: int

    @property
    def label(self):
        return ".".join(str(n) for n in (self.major, self.minor, self.patch))
