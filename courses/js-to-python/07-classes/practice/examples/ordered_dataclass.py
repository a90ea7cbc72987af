"""@dataclass generates __init__, __repr__ and __eq__ from the three fields.
The generated == compares the fields in order, as a tuple, so two separate
Version(1, 4, 2) objects are equal; `is` still tells them apart.
"""
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int
    patch: int

    @property
    def label(self):
        return ".".join(str(part) for part in (self.major, self.minor, self.patch))
