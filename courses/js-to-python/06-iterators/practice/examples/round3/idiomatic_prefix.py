"""Lesson 06 · Practice

Your explanation: I'd return a list when the caller needs len(), indexing,
sorting, or to loop over the paths more than once; a generator can only be
consumed once. For a small tree that's used several times, a list is simpler.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    for name, child in tree.items():
        path = f"{prefix}{name}"
        if child is None:
            yield path
        else:
            yield from iter_files(child, f"{path}/")
