"""Lesson 06 · Practice

Design `iter_files(tree)`.

Your explanation: hand back a list when the result is small and the caller will use
it more than once, sort it, or needs its length; a generator is spent
after one loop.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree):
    def walk(node, parts):
        for name, child in node.items():
            if child is None:
                yield "/".join([*parts, name])
            else:
                yield from walk(child, [*parts, name])

    return walk(tree, [])


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
