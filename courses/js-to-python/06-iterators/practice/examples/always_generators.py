"""Always use generators: never return a list, generators are faster and
save memory for any tree, small or large.
"""


def iter_files(tree, prefix=""):
    for name, value in tree.items():
        path = prefix + name
        if isinstance(value, dict):
            yield from iter_files(value, path + "/")
        else:
            yield path
