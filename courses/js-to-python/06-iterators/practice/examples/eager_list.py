"""Returns every path in a list.

A list is better when the caller needs len() or wants to loop twice.
"""


def iter_files(tree, prefix=""):
    paths = []
    for name, value in tree.items():
        if isinstance(value, dict):
            paths.extend(iter_files(value, prefix + name + "/"))
        else:
            paths.append(prefix + name)
    return paths
