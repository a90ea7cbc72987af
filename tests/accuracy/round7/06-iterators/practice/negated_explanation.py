"""Lesson 06 practice.

Your explanation: I would not use a generator when the caller needs to loop
twice or ask for len() or paths[0] - a generator cant do any of that, its
single use - so then I'd return a list.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    for key, value in tree.items():
        if value is not None:
            yield from iter_files(value, prefix + key + "/")
        else:
            yield prefix + key


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
