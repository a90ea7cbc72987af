"""Lesson 06 · Practice

Your explanation: a list when the caller wants len() or to iterate twice;
otherwise the generator avoids building anything.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    for name, child in tree.items():
        if child:
            yield from iter_files(child, prefix + name + "/")
        else:
            yield prefix + name

if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
