"""Lesson 06 · Practice

Your explanation: in JavaScript you would just push into an array and return
it, and spread it with [...paths] when needed.
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
            yield from iter_files(child, prefix + name + "/")
