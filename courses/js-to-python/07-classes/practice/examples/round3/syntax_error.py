from dataclasses import dataclass


@dataclass
class Version:
    major: int
    minor: int
    patch: int

    get label(self):
        return f"{self.major}.{self.minor}.{self.patch}"
