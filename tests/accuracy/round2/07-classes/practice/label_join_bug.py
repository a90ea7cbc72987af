"""Version.

@dataclass generates __init__, __repr__ and __eq__; == compares field values.
"""
from dataclasses import dataclass, astuple


@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int

    @property
    def label(self):
        return str(astuple(self))[1:-1]
