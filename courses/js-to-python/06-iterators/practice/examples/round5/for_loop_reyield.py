"""Lesson 06 · Practice

Design `iter_files(tree)`.

Your explanation: I'd return a list if I needed len() or to loop twice.
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
            for path in iter_files(child, prefix + name + "/"):
                yield path


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
