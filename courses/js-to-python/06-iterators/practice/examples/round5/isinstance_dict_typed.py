"""Lesson 06 · Practice

Design `iter_files(tree)`.
"""
from collections.abc import Iterator
from typing import Optional, Union

Tree = dict[str, Union["Tree", None]]

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


# When a list instead: if callers need len(), indexing, membership tests
# repeated many times, or a second pass, materialise it (or let them call
# list(iter_files(t))). For a one-pass walk, a generator keeps memory flat
# and lets the caller stop early.
def iter_files(tree: Tree, prefix: Optional[str] = None) -> Iterator[str]:
    for name, child in tree.items():
        path = name if prefix is None else f"{prefix}/{name}"
        if isinstance(child, dict):
            yield from iter_files(child, path)
        else:
            yield path


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
