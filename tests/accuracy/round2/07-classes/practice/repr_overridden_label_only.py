"""Version.

Your explanation: @dataclass generates __init__, __eq__ and a __repr__ (I
replaced the repr with a shorter one; dataclass keeps a __repr__ you define).
== compares the major, minor and patch values of the two instances.
"""
from dataclasses import dataclass


@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int

    def __repr__(self):
        return f"Version({self.major}, {self.minor}, {self.patch})"

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"
