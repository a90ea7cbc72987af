"""Lesson 06 practice.

Your explanation: a list is better when the caller will count the files, index
into them or iterate several times; a generator can be read only once.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree):
    def walk(node, parts):
        for name, value in node.items():
            if isinstance(value, dict):
                yield from walk(value, parts + (name,))
            else:
                yield "/".join(parts + (name,))

    yield from walk(tree, ())


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
