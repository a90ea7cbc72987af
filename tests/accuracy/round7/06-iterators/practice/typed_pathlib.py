"""Lesson 06 practice.

Your explanation: return a list (or tuple) when the result is needed more
than once, must be measured with len(), or indexed; a generator gives each
path once and then it is spent.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


from collections.abc import Iterator, Mapping
from pathlib import PurePosixPath
from typing import Optional


def _walk(tree: Mapping, base: Optional[PurePosixPath]) -> Iterator[str]:
    for name, child in tree.items():
        path = base / name if base else PurePosixPath(name)
        if child is None:
            yield path.as_posix()
        else:
            yield from _walk(child, path)


def iter_files(tree: Mapping) -> Iterator[str]:
    yield from _walk(tree, None)


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
