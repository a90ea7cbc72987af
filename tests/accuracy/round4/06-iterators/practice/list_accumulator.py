"""Lesson 06 · Practice

Your explanation: I return a list because it is simpler to use: you can print
it, take its length and loop over it again.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    files = []
    for name, child in tree.items():
        if child is None:
            files.append(prefix + name)
        else:
            files.extend(iter_files(child, prefix + name + "/"))
    return files

if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
