"""Generators are not always better, even if they are lazy.

Returning a list would be better when the caller needs random access or the
length, or goes over the result twice; for a small tree list(iter_files(t))
costs nothing.
"""


def iter_files(tree, prefix=""):
    for name, value in tree.items():
        path = prefix + name
        if isinstance(value, dict):
            yield from iter_files(value, path + "/")
        else:
            yield path
