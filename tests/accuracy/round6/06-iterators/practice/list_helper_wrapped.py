"""Lesson 06 · Practice

Your explanation: I would return a list when the caller needs len(), indexing
or to loop over the paths more than once (a generator is used up after one
pass), or when the tree is small and I want the whole result at once.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def _collect(tree, prefix):
    out = []
    for name, child in tree.items():
        if child is None:
            out.append(prefix + name)
        else:
            out += _collect(child, prefix + name + "/")
    return out


def iter_files(tree):
    yield from _collect(tree, "")
