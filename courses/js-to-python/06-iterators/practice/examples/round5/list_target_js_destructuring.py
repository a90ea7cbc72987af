"""Lesson 06 · Practice

Design `iter_files(tree)`.

Your explanation: like in JS, if I need .length or to index or reuse the result I
would return an array (list); a generator can be looped only once.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, parent=""):
    for [name, child] in tree.items():
        full = parent + "/" + name if parent else name
        if child is None:
            yield full
        else:
            yield from iter_files(child, full)


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
