"""Lesson 06 · Practice

Your explanation: I would return a list when the caller needs to know how
many files there are, index into them, sort them or loop over them more than
once; a generator can be read only once and has no len(). For a plain "loop over
every file" a generator is better: nothing is built up front and the caller can
stop early.
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
            yield from iter_files(child, f"{path}/")

if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
