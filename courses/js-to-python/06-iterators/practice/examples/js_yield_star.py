"""A generator, written with JavaScript's yield*.

Return a list instead when the caller needs len() or several passes.
"""


def iter_files(tree, prefix=""):
    for name, value in tree.items():
        if isinstance(value, dict):
            yield* iter_files(value, prefix + name + "/")
        else:
            yield prefix + name
