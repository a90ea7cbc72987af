"""Lesson 06 · Practice

Design `iter_files(tree)`.

Your explanation: A list wins when it will be indexed, measured with len(), or read
more than once; a chain of generators is single-pass.
"""
from itertools import chain

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    return chain.from_iterable(
        [prefix + name] if child is None else iter_files(child, prefix + name + "/")
        for name, child in tree.items()
    )


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
