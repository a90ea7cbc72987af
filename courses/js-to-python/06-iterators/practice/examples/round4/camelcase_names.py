"""Lesson 06 · Practice

Your explanation: I would return a list when the caller needs the number of
files or wants to loop over them twice, because a generator can be consumed
only once.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, parentPath=""):
    for entryName, subFolder in tree.items():
        fullPath = parentPath + "/" + entryName if parentPath else entryName
        if subFolder is None:
            yield fullPath
        else:
            yield from iter_files(subFolder, fullPath)

if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
