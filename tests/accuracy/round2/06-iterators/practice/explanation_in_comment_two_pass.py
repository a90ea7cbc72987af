TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    # Lazy on purpose. If a caller wanted to print "found N files" and then
    # process them, I'd return a list (or they'd call list() on this), since
    # after the first pass a generator is empty.
    for name, child in tree.items():
        if child is None:
            yield prefix + name
        else:
            yield from iter_files(child, prefix + name + "/")


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
