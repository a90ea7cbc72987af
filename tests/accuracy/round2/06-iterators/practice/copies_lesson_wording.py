"""Your explanation: Return a list when the caller needs its length, indexing or
more than one pass; yield when it just loops.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    for name, child in tree.items():
        if child is None:
            yield f"{prefix}{name}"
        else:
            yield from iter_files(child, f"{prefix}{name}/")


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
