"""Lazy walk, re-yielding each path of a sub-folder.

A list is better when the caller needs to index the paths or sort them.
"""


def iter_files(tree):
    for name, value in tree.items():
        if isinstance(value, dict):
            for path in iter_files(value):
                yield f"{name}/{path}"
        else:
            yield name
