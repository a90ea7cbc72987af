"""Lesson 07 · Practice

Your explanation: @dataclass reads the annotated fields and writes __init__,
__repr__ and __eq__ for me. == calls the generated __eq__, which compares the
fields in order (major, minor, patch) as a tuple, so two separate objects with
the same numbers are equal; it does not compare identity like `is`.
"""

from dataclasses import dataclass
from functools import cached_property


@dataclass
class Version:
    major: int
    minor: int
    patch: int

    @cached_property
    def label(self):
        return f"{self.major}.{self.minor}.{self.patch}"
