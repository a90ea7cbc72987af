"""Lesson 06 · Practice

Your explanation: I would return a list when the caller needs to count the
files or iterate over them twice. A generator can only be read once.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    for name, child in tree.items():
        if child == None:
            yield prefix + name
        else:
            yield from iter_files(child, prefix + name + "/")

if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
