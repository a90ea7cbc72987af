"""Your explanation: a list is the better choice if the caller needs len()
or wants to go over the result twice."""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    for name in sorted(tree):
        child = tree[name]
        if child is None:
            yield prefix + name
        else:
            yield from iter_files(child, prefix + name + "/")
