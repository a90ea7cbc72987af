"""Lesson 06 practice.

Your explanation: return a list when you need len() or indexing.  A
generator is otherwise just as good, since you can call reset() on it to
loop over the paths a second time.
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
