"""Your explanation: return a list when the consumer needs len, indexing or
repeated iteration; a generator is single-pass."""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


class TreeWalker:
    def __init__(self, separator="/"):
        self.separator = separator

    def walk(self, tree, parts=()):
        for name, child in tree.items():
            here = (*parts, name)
            if child is None:
                yield self.separator.join(here)
            else:
                yield from self.walk(child, here)


def iter_files(tree):
    return TreeWalker().walk(tree)
