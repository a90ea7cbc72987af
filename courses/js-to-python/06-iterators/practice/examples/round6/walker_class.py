"""Lesson 06 · Practice

Your explanation: I would return a list when the caller needs len(), indexing
or to loop over the paths more than once (a generator is used up after one
pass), or when the tree is small and I want the whole result at once.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


class TreeWalker:
    def __init__(self, tree, sep="/"):
        self.tree = tree
        self.sep = sep

    def __iter__(self):
        yield from self._walk(self.tree, ())

    def _walk(self, node, parts):
        for name, child in node.items():
            here = parts + (name,)
            if child is None:
                yield self.sep.join(here)
            else:
                yield from self._walk(child, here)


def iter_files(tree):
    yield from TreeWalker(tree)
