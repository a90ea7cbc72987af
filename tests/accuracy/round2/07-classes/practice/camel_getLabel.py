"""Version.

The dataclass decorator creates __init__, __repr__ and __eq__. Equality compares
the values of major, minor and patch.
"""
from dataclasses import dataclass


@dataclass
class Version:
    major: int
    minor: int
    patch: int

    def getLabel(self):
        return str(self.major) + "." + str(self.minor) + "." + str(self.patch)
