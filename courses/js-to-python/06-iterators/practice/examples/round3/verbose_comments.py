"""Your explanation: I would return a list instead of a generator when the
caller needs the number of files (len), wants to look at one by position,
or needs to go through the paths more than once. A generator is used up
after one loop.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, parent=""):
    # go through every entry in this folder
    for name, value in tree.items():
        # build the path for this entry, e.g. "src/lib"
        if parent:
            full_path = parent + "/" + name
        else:
            full_path = name

        if isinstance(value, dict):
            # it's a sub-folder: hand back all of ITS files too
            yield from iter_files(value, full_path)
        else:
            # it's a file (value is None)
            yield full_path
