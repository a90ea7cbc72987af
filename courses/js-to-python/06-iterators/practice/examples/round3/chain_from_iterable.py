"""Your explanation: return a list when the consumer needs random access or
multiple iterations."""
from itertools import chain

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    return chain.from_iterable(
        [prefix + name] if child is None else iter_files(child, prefix + name + "/")
        for name, child in tree.items()
    )
