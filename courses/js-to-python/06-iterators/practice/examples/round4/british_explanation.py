"""Lesson 06 · Practice

Your explanation: I would hand back a list when the caller must know the
total, index into the result, or traverse it more than once; a generator is
spent after a single pass and has no length. Otherwise the generator is
preferable, as it materialises nothing and the caller may stop whenever it likes.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    for name, child in tree.items():
        if child is None:
            yield f"{prefix}{name}"
        else:
            yield from iter_files(child, f"{prefix}{name}/")

if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
