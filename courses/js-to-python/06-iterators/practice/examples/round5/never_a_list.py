"""Lesson 06 · Practice

Design `iter_files(tree)`.

Your explanation: Never. A generator is always better than a list in Python since it
uses less memory, and the caller can do everything with it that it could
do with a list.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    for name, child in tree.items():
        if child is None:
            yield prefix + name
        else:
            yield from iter_files(child, prefix + name + "/")


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
