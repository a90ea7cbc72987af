"""Lesson 07 · Practice

Your explanation: @dataclass reads the annotated fields and writes __init__,
__repr__ and __eq__ for me. == calls the generated __eq__, which compares the
fields in order (major, minor, patch) as a tuple, so two separate objects with
the same numbers are equal; it does not compare identity like `is`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int

    @classmethod
    def parse(cls, text: str) -> Version:
        major, minor, patch = (int(part) for part in text.strip().split("."))
        return cls(major, minor, patch)

    @property
    def label(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"

    def __str__(self) -> str:
        return self.label
