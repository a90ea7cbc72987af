"""Lesson 06 · Practice

Your explanation: I return a generator so the caller can stop early; a list
would be better when the caller needs indexing or more than one loop.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    found = []
    for name, child in tree.items():
        if child is None:
            found.append(prefix + name)
        else:
            found.extend(iter_files(child, prefix + name + "/"))
    yield from found

if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
