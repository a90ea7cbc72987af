"""Your explanation: hand back a list when the result is needed more than
once, or its size/order must be known up front (len, sort, index)."""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def _walk(tree, parts):
    for name, child in tree.items():
        if child is None:
            yield "/".join((*parts, name))
        else:
            yield from _walk(child, (*parts, name))


def iter_files(tree):
    yield from _walk(tree, ())
