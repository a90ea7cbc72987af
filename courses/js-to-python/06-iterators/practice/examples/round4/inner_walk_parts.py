"""Lesson 06 · Practice

Your explanation: a list is the better answer when the result is small and the
caller will use it several times (len, indexing, sorting, a second loop). A
generator is exhausted after one pass, so those callers would have to call
list() themselves anyway.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree):
    def walk(folder, parts):
        for name, child in folder.items():
            if child is None:
                yield "/".join((*parts, name))
            else:
                yield from walk(child, (*parts, name))

    yield from walk(tree, ())

if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
