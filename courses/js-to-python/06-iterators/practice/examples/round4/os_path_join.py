"""Lesson 06 · Practice

Your explanation: I would give back a list when the caller needs len() or
indexing, or has to read the paths more than once (a generator is single-use).
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


import os


def iter_files(tree, base=""):
    for name, child in tree.items():
        path = os.path.join(base, name) if base else name
        if child is None:
            yield path
        else:
            yield from iter_files(child, path)

if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
