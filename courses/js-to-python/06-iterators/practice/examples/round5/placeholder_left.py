"""Lesson 06 · Practice

Design `iter_files(tree)`.  A folder tree is a dict: each key is a name, each
value is either another dict (a sub-folder) or None (a file).

Then, in this docstring (replace the line below), say when you would hand
back a full collection rather than a generator, and why.

Your explanation: ...
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    for name, child in tree.items():
        if child is None:
            yield f"{prefix}{name}"
        else:
            yield from iter_files(child, f"{prefix}{name}/")


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
