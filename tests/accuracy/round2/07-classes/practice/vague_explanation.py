"""Version.

Your explanation: the decorator does all the boring stuff for you so the class
works properly, and == works the way you would expect.
"""
from dataclasses import dataclass


@dataclass
class Version:
    major: int
    minor: int
    patch: int

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"
