"""Lesson 06 · Practice

Your explanation: I would return a list when the caller needs len(), indexing
or to loop over the paths more than once (a generator is used up after one
pass), or when the tree is small and I want the whole result at once.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def _walk(tree, prefix):
    for name, child in tree.items():
        if child is None:
            yield prefix + name
        else:
            yield from _walk(child, prefix + name + "/")


def iter_files(tree):
    return sorted(_walk(tree, ""))
