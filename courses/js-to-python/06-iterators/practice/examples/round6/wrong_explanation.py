"""Lesson 06 · Practice

Your explanation: for a really big tree I would return a list, because lists
are faster than generators and take less memory once built.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    for name, child in tree.items():
        if child is None:
            yield prefix + name
        else:
            yield from iter_files(child, f"{prefix}{name}/")
