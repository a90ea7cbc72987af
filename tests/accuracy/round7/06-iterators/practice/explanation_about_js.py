"""Lesson 06 practice.

Your explanation: in JavaScript you would spread the generator into an array
with [...gen] and then use map and filter on it.
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
