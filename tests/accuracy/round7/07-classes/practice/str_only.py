"""Lesson 07 practice.

Your explanation: a dataclass would write __init__, __repr__ and __eq__; I
wrote __str__ and __eq__ myself.  == compares major, minor and patch.
"""



class Version:
    def __init__(self, major, minor, patch):
        self.major, self.minor, self.patch = major, minor, patch

    def __str__(self):
        return self.label

    def __eq__(self, other):
        return isinstance(other, Version) and self.label == other.label

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
