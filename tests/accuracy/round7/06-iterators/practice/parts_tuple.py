"""Lesson 06 practice.

Your explanation: a list (or tuple) is the better return value when the
result is small and needed several times, or when len() or indexing is
needed; a generator can be consumed only once.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def _walk(node, parts):
    for name, child in node.items():
        here = (*parts, name)
        if child is None:
            yield "/".join(here)
        else:
            yield from _walk(child, here)


def iter_files(tree):
    return _walk(tree, ())


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
