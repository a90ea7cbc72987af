"""Lesson 06 · Practice

Design `iter_files(tree)`.

Your explanation: I'd return a list if the caller needed to count the files, acess
them by index, or itterate over them more than once - a generator is
exhausted after one pass. For a one-off traversal of a large tree, yielding
is nicer on memory and lets you stop early, which I'd prioritise.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    for name, value in tree.items():
        if value is None:
            yield prefix + name
        else:
            yield from iter_files(value, f"{prefix}{name}/")


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
