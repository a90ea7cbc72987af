"""Your explanation: when the caller wants to know how many files there are,
sort them, or walk them twice, I'd return list(iter_files(tree)) instead."""
import posixpath

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, base=""):
    for name, child in tree.items():
        path = posixpath.join(base, name) if base else name
        if child is None:
            yield path
        else:
            yield from iter_files(child, path)
