"""Lesson 06 · Practice

Design `iter_files(tree)`.

Your explanation: A list (array) is better when the caller needs .length/len(), index
access or to iterate the result multiple times.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, currentPrefix=""):
    for fileName, subTree in tree.items():
        filePath = currentPrefix + fileName
        if subTree is None:
            yield filePath
        else:
            yield from iter_files(subTree, filePath + "/")


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
