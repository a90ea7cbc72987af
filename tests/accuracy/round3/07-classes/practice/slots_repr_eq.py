"""Your explanation: @dataclass would write __init__, __repr__ and __eq__;
here == compares the reprs, i.e. the three numbers."""


class Version:
    __slots__ = ("major", "minor", "patch")

    def __init__(self, major, minor, patch):
        self.major, self.minor, self.patch = major, minor, patch

    def __repr__(self):
        return f"Version({self.major}, {self.minor}, {self.patch})"

    def __eq__(self, other):
        return repr(self) == repr(other)

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
