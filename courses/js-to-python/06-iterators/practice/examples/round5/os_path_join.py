"""Lesson 06 · Practice

Design `iter_files(tree)`.

Your explanation: return a list if the result is needed more than once or its size
matters (len, indexing). Otherwise a generator is lighter.
"""
import os

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, root=""):
    for name, sub in tree.items():
        path = os.path.join(root, name) if root else name
        if sub is None:
            yield path
        else:
            yield from iter_files(sub, path)


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
