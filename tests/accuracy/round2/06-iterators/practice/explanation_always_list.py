"""Your explanation: in real code I would always return a list, because
generators are slower than lists and harder to debug. The generator is only
here because the exercise asks for it.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    for name, child in tree.items():
        if child is None:
            yield prefix + name
        else:
            yield from iter_files(child, prefix + name + "/")


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
