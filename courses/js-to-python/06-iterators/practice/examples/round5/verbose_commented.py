"""Lesson 06 · Practice

Design `iter_files(tree)`.

Your explanation: A generator is good here because the caller may only want the first
few files, or the tree may be huge. I would hand back a full list instead
when the caller needs to do list things with it: check len(), use an
index like files[0], sort it, or walk over it twice (a generator would be
empty the second time).
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    # go through every entry of this folder
    for name, child in tree.items():
        # build the path of this entry from the folder's path
        path = prefix + name
        if child is None:
            # None means a file: give its path to the caller right away
            yield path
        else:
            # a dict means a sub-folder: hand over all of its files too
            yield from iter_files(child, path + "/")


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
