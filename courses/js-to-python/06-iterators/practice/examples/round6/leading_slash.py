"""Lesson 06 · Practice

Your explanation: I would return a list when the caller needs len(), indexing
or to loop over the paths more than once (a generator is used up after one
pass), or when the tree is small and I want the whole result at once.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    for name, child in tree.items():
        path = prefix + "/" + name
        if child is None:
            yield path
        else:
            yield from iter_files(child, path)
