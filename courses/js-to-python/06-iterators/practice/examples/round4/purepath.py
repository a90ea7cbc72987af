"""Lesson 06 · Practice

Your explanation: a full collection is better when callers need to sort, count or
revisit the paths; handing out a generator then forces them to call list()
anyway, and a second loop over the same generator silently sees nothing.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


from pathlib import PurePosixPath


def iter_files(tree, parent=PurePosixPath()):
    for name, child in tree.items():
        path = parent / name
        if child is None:
            yield str(path)
        else:
            yield from iter_files(child, path)

if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
