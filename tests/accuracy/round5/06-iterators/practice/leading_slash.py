"""Lesson 06 · Practice

Design `iter_files(tree)`.

Your explanation: When I need the number of files or to reuse them, a list.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    for name, child in tree.items():
        path = prefix + "/" + name
        if child is None:
            yield path
        else:
            yield from iter_files(child, path)


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
