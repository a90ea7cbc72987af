"""Lesson 06 · Practice

Design `iter_files(tree)`.

Your explanation: When the consumer must know the total, index, or traverse twice, a
list (or a tuple) is the better return value; otherwise the generator
avoids building it.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


class FileTree:
    def __init__(self, node, prefix=""):
        self.node = node
        self.prefix = prefix

    def __iter__(self):
        for name, child in self.node.items():
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
