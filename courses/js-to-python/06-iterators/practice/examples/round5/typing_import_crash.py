"""Lesson 06 · Practice

Your explanation: return a list when you need len() or to loop twice.
"""
from typing import Iterator, Tree

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree: Tree, prefix: str = "") -> Iterator[str]:
    for name, child in tree.items():
        if child is None:
            yield prefix + name
        else:
            yield from iter_files(child, prefix + name + "/")


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
