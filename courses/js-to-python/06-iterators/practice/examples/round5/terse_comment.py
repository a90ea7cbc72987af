TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


# list instead when the caller needs len(), indexing or a second pass
def iter_files(tree, pre=""):
    for k, v in tree.items():
        if v is None:
            yield pre + k
        else:
            yield from iter_files(v, pre + k + "/")


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
