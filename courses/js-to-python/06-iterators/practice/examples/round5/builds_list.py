"""Lesson 06 · Practice

Design `iter_files(tree)`.

Your explanation: a list is better when you need the length or random access, which
is why I return one here.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    paths = []
    for name, child in tree.items():
        if child is None:
            paths.append(prefix + name)
        else:
            paths.extend(iter_files(child, prefix + name + "/"))
    return paths


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
