"""Your explanation: lists are better when you need len() or indexing."""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    return [
        path
        for name, child in tree.items()
        for path in ([prefix + name] if child is None else iter_files(child, prefix + name + "/"))
    ]
