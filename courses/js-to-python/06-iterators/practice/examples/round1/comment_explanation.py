"""Lesson 06 · Practice: iter_files."""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


# A list would be the better choice if callers need len(), random access, or
# to iterate more than once -- a generator can only be walked one time.
def iter_files(tree, prefix=""):
    for name, value in tree.items():
        if value is None:
            yield prefix + name
        else:
            yield from iter_files(value, prefix + name + "/")


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
