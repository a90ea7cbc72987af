from dataclasses import dataclass


# @dataclass writes __init__, __repr__ and __eq__ from the annotated fields.
# With it, == compares major, minor and patch by value; a plain class would
# only compare identity, like === on two JavaScript objects.
@dataclass
class Version:
    major: int
    minor: int
    patch: int

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"
