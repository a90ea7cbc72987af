"""Version.

Your explanation: __str__ is like toString() in JS. == checks the numbers.
"""


class Version:
    def __init__(self, major, minor, patch):
        self.major = major
        self.minor = minor
        self.patch = patch

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

    @property
    def label(self):
        return str(self)
