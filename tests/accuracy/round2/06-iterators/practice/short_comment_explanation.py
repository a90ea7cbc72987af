TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


# Return a list instead when the caller needs len(), indexing or a second pass:
# a generator can only be iterated once.


def iter_files(tree, prefix=""):
    for name, node in tree.items():
        if isinstance(node, dict):
            yield from iter_files(node, prefix + name + "/")
        else:
            yield prefix + name


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
