"""Lesson 06 practice.

Your explanation: I'd return a list when the caller has to count the files,
sort them, pick one by index or walk them more than once; a generator
only gives each path once and then it is spent.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, parent=None):
    for name, child in tree.items():
        path = name if parent is None else f"{parent}/{name}"
        if isinstance(child, dict):
            yield from iter_files(child, path)
        else:
            yield path


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
