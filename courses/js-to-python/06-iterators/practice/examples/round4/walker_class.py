"""Lesson 06 · Practice

Your explanation: a list is the right choice for small results the caller
re-reads (len, indexing, sorting); a generator for one streaming pass. This
class is re-iterable, so it sits between the two.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


class TreeWalker:
    """Iterable over every file path of a folder tree."""

    def __init__(self, tree, separator="/"):
        self.tree = tree
        self.separator = separator

    def __iter__(self):
        yield from self._walk(self.tree, ())

    def _walk(self, folder, parts):
        for name, child in folder.items():
            if child is None:
                yield self.separator.join(parts + (name,))
            else:
                yield from self._walk(child, parts + (name,))


def iter_files(tree):
    yield from TreeWalker(tree)

if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
