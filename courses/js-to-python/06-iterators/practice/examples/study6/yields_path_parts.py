"""Lesson 06 · Practice

A list is the better return value when the caller wants len() or indexing,
or will loop over the paths twice: a generator is used up after one pass.
"""


def iter_files(tree, folders=[]):
    for name, value in tree.items():
        if value is None:
            yield folders + [name]
        else:
            yield from iter_files(value, folders + [name])
