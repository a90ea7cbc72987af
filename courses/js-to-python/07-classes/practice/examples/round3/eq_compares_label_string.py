"""Your explanation: a @dataclass would generate __init__, __repr__ and an
__eq__ comparing the fields; here I compare the label strings, which is the
same thing for three ints."""


class Version:
    def __init__(self, major, minor, patch):
        self.major, self.minor, self.patch = major, minor, patch

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"

    def __eq__(self, other):
        return isinstance(other, Version) and self.label == other.label

    def __repr__(self):
        return f"Version({self.major}, {self.minor}, {self.patch})"


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
