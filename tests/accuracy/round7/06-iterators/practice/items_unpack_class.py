"""Lesson 06 practice.

Your explanation: I would return a list when the caller needs len(), indexing
or to loop over the paths more than once (a generator is used up after one
pass), or when the result is small and sorted anyway.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


class FileTree:
    def __init__(self, tree, prefix=""):
        self.tree = tree
        self.prefix = prefix

    def __iter__(self):
        for name, child in self.tree.items():
            path = self.prefix + name
            if child is None:
                yield path
            else:
                yield from FileTree(child, path + "/")


def iter_files(tree):
    return iter(FileTree(tree))


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
