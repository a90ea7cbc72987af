"""Your explanation: a list when the caller must count, index or re-iterate."""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, parentPath=""):
    for entryName, subTree in tree.items():
        fullPath = parentPath + entryName
        if subTree is None:
            yield fullPath
        else:
            yield from iter_files(subTree, fullPath + "/")
