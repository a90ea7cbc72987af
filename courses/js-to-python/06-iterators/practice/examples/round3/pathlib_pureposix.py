"""Your explanation: if the caller needs random access, the total count, or
several passes, a list (or tuple) is the better return value."""
from pathlib import PurePosixPath

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, root=PurePosixPath()):
    for name, child in tree.items():
        path = root / name
        if child is None:
            yield str(path)
        else:
            yield from iter_files(child, path)
