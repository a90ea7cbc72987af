"""Collects the paths with a helper, then yields them.

Return a list instead when the caller needs the length or several passes.
"""


def iter_files(tree):
    paths = []

    def walk(node, prefix):
        for name, value in node.items():
            if isinstance(value, dict):
                walk(value, prefix + name + "/")
            else:
                paths.append(prefix + name)

    walk(tree, "")
    yield from paths
