"""Your explanation: a list when you need len() or more than one pass."""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree):
    for name, child in tree.items():
        if child is None:
            yield name
        else:
            yield from iter_files(child)
