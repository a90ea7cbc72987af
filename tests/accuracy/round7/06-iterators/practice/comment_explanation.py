"""Lesson 06 practice.

Walks a folder tree.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


# When to return a list insted: if the caler needs the count of files, random
# acess like paths[3], or wants to go through them twice, because a generater
# is exausted after one loop.


def _join(prefix, name):
    return f"{prefix}/{name}" if prefix else name


def iter_files(tree, prefix=""):
    for name, node in tree.items():
        here = _join(prefix, name)
        if node is None:
            yield here
        else:
            yield from iter_files(node, here)


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
