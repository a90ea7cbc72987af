"""Lesson 06 · Practice

Design `iter_files(tree)`.

Your explanation: If the caller wanted the count of files or to go through them
several times (say, once to check and once to copy), I would return a
list. Generators are single-use and have no length.
"""
from pathlib import PurePosixPath

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, base=PurePosixPath()):
    for name, child in tree.items():
        path = base / name
        if child is None:
            yield str(path)
        else:
            yield from iter_files(child, path)


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
