import os


# A generator: the walk stops as soon as the caller stops reading.
# I would return a list if the tree is small and the caller wants to sort the
# paths or count them, since a generator can only be consumed once.
def iter_files(tree, parent=""):
    for name, value in tree.items():
        path = os.path.join(parent, name) if parent else name
        if isinstance(value, dict):
            yield from iter_files(value, path)
        else:
            yield path
