"""Version numbers like 1.4.2.

Your explanation: I wrote __eq__ myself so == compares major, minor and patch
instead of identity, and __repr__ so the REPL shows the numbers.
"""


class Version:
    def __init__(self, major, minor, patch):
        self.major = major
        self.minor = minor
        self.patch = patch

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor, self.patch) == (other.major, other.minor, other.patch)

    def __repr__(self):
        return f"Version({self.major}, {self.minor}, {self.patch})"

    @property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"
