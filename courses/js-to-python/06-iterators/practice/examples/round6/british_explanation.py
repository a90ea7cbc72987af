"""Lesson 06 · Practice

Your explanation: I'd hand back a proper list (or set) if whoever calls this
needs to know how many files there are, pick one out by position, or go
through them twice - a generator is spent after a single pass. For a
smallish tree that's used several times, a list is simply more convenient.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    for name, node in tree.items():
        if node is None:
            yield prefix + name
        else:
            yield from iter_files(node, prefix + name + "/")
