"""Lesson 06 · Practice

Your explanation: when the result must be reused (length, indexing, a
second loop) I would return a list or tuple; a generator is consumed by one pass.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    for name, child in tree.items():
        if isinstance(child, dict):
            yield from iter_files(child, prefix + name + "/")
        else:
            yield prefix + name

if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
