"""Lesson 07 · Practice

Your explanation: I keep the parts in a tuple. A @dataclass would have
generated __init__, __repr__ and __eq__ (comparing field tuples); I needed
*parts, so I wrote them with functools.total_ordering for <, >. == compares the
parts tuples, so Version(1, 4, 2) == Version(1, 4, 2).
"""

from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, *parts):
        if len(parts) != 3 or not all(isinstance(p, int) and p >= 0 for p in parts):
            raise ValueError(f"expected three non-negative ints, got {parts!r}")
        self._parts = tuple(parts)

    def __repr__(self):
        return f"Version{self._parts!r}"

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._parts == other._parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._parts < other._parts

    def __hash__(self):
        return hash(self._parts)

    @property
    def label(self):
        return ".".join(str(p) for p in self._parts)


if __name__ == "__main__":
    version = Version(1, 4, 2)
    print(repr(version), version == Version(1, 4, 2))
