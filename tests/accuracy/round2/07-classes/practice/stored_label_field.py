"""Version.

Your explanation: @dataclass generates __init__, __repr__ and __eq__ for me.
== compares the fields of the two objects.
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
