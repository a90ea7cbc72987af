"""Paths come out one at a time; a sub-folder's paths are passed on with yield from.

A list is better when the caller needs len() or indexing, or will loop over
the paths more than once: a generator is exhausted after the first loop.
"""


def iter_files(tree, prefix=""):
    for name, value in tree.items():
        if value is None:
            yield prefix + name
        else:
            yield from iter_files(value, f"{prefix}{name}/")
