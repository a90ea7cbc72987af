"""@dataclass generates __init__, __repr__ and __eq__ from the three fields.
The generated == compares the fields in order, as a tuple, so two separate
Version(1, 4, 2) objects are equal; `is` still tells them apart.
"""
from dataclasses import dataclass, field


@dataclass
class Version:
    major: int
    minor: int
    patch: int
    label: str = field(init=False)

    def __post_init__(self):
        self.label = f"{self.major}.{self.minor}.{self.patch}"
