"""Lesson 06 · Practice

Your explanation: return a list when the caller needs to index the paths or
go over them more than once; a generator only runs once.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    for name, child in tree.items():
        path = prefix + "/" + name
        if child is None:
            yield path
        else:
            yield from iter_files(child, path)

if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
