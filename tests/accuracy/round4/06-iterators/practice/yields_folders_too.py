"""Lesson 06 · Practice

Your explanation: I would use a list if I needed to count the entries.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    for name, child in tree.items():
        yield prefix + name
        if child is not None:
            yield from iter_files(child, prefix + name + "/")

if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
