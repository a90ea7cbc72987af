"""Your explanation: a list when the caller needs it twice."""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    for name, child in tree.items():
        if child is None:
            yield prefix + name
        else:
            yield* iter_files(child, prefix + name + "/")
