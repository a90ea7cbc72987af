"""Lesson 06 · Practice

Design `iter_files(tree)`.

Your explanation: A list is better when the caller needs random access (paths[3]),
len(), or wants to iterate twice. Otherwise yielding lets it stop early
and never holds every path at once.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree):
    for name, child in tree.items():
        if child is None:
            yield name
        else:
            yield from (f"{name}/{path}" for path in iter_files(child))


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
