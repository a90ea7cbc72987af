"""Version

Your explanation: the @dataclass decorater writes __init__, __repr__ and __eq__
(I dont have to). == compares the feilds major, minor, patch as a tuple, so
two diffrent objects with the same numbers are equal.
"""
from dataclasses import dataclass


@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int

    def _parts(self):
        return (self.major, self.minor, self.patch)

    @property
    def label(self):
        return ".".join(str(part) for part in self._parts())
