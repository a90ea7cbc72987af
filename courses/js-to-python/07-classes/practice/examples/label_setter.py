"""@dataclass generates __init__, __repr__ and __eq__ from the three fields.
The generated == compares the fields in order, as a tuple, so two separate
Version(1, 4, 2) objects are equal; `is` still tells them apart.
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

    @label.setter
    def label(self, text):
        self.major, self.minor, self.patch = (int(part) for part in text.split("."))
