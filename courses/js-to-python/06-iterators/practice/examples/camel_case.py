"""Lazy walk with yield from.

A list is better when the caller needs len() or loops over the paths twice.
"""


def iterFiles(tree, parentPath=""):
    for name, value in tree.items():
        fullPath = parentPath + name
        if isinstance(value, dict):
            yield from iterFiles(value, fullPath + "/")
        else:
            yield fullPath
