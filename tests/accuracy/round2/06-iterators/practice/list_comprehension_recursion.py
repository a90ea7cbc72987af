"""Lesson 06 · Practice

Your explanation: I'd return a list when the caller needs more than one pass
over the paths, their count (len), indexing or sorting, or when the tree may
change while the caller is still iterating. A generator can be consumed only
once, so for those uses a list is the better return value.
"""

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


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
