"""Lesson 06 · Practice

Design `iter_files(tree)`.

Your explanation: I would return a list when the caller needs to know how many files
there are, index into them, or loop over them more than once; a generator
can only be walked once and has no len(). For a plain for loop, yielding
is better because nothing is built up in memory.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    for name, child in tree.items():
        path = f"{prefix}{name}"
        if child is None:
            yield path
        else:
            yield from iter_files(child, path + "/")


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
