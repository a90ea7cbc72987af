"""Your explanation: when the caller needs indexing or several passes."""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    found = []
    for name, child in tree.items():
        if child is None:
            found.append(prefix + name)
        else:
            found.extend(iter_files(child, prefix + name + "/"))
    yield from found
