"""A generator over Object.entries, as in JavaScript.

Return a list instead when the caller needs len() or several passes.
"""


def iter_files(tree, prefix=""):
    for name, value in Object.entries(tree):
        if isinstance(value, dict):
            yield from iter_files(value, prefix + name + "/")
        else:
            yield prefix + name
