"""Lesson 06 · Practice

Design `iter_files(tree)`.

Your explanation: a list if you need to count them or go over them twice.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    for name, child in tree.items():
        if child:
            yield from iter_files(child, prefix + name + "/")
        else:
            yield prefix + name


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
