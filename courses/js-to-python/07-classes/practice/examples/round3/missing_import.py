"""Your explanation: @dataclass writes __init__, __repr__, __eq__."""


@dataclass
class Version:
    major: int
    minor: int
    patch: int

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"
