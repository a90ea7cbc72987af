"""Your explanation: return a list if the paths are needed more than once or
their number matters."""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    for name, child in tree.items():
        if child:
            yield from iter_files(child, f"{prefix}{name}/")
        else:
            yield f"{prefix}{name}"
