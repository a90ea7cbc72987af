"""Your explanation: a list is better if the caller needs the count or
random access, or iterates twice."""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    for name, child in tree.items():
        if child is None:
            yield prefix + name
        else:
            for path in iter_files(child, prefix + name + "/"):
                yield path
