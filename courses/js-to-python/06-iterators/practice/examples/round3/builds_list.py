"""Your explanation: return a list when you need to index it or use len()."""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    paths = []
    for name, child in tree.items():
        if child is None:
            paths.append(prefix + name)
        else:
            paths.extend(iter_files(child, prefix + name + "/"))
    return paths
