"""Lesson 06 · Practice

Your explanation: a list is better if you need to use the result more
than once or need its length, since an iterator is exhausted after one loop.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


from collections import Iterator


def iter_files(tree, prefix=""):
    for name, child in tree.items():
        if child is None:
            yield prefix + name
        else:
            yield from iter_files(child, prefix + name + "/")


assert not isinstance(TREE, Iterator)

if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
