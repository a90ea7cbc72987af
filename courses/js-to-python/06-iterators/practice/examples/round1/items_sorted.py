"""Lesson 06 · Practice

Design `iter_files(tree)`.  A folder tree is a dict: each key is a name, each
value is either another dict (a sub-folder) or None (a file).  Yield the path
of every file, lazily and recursively, with "/" between the parts:

    iter_files({"src": {"app.py": None, "lib": {"db.py": None}}, "README.md": None})
    -> "src/app.py", "src/lib/db.py", "README.md"

Then, in this docstring (replace the line below), say when you would hand
back a full collection rather than a generator, and why.

Your explanation: a list is better when you need random access or several
passes, or when the result must outlive changes to the tree (a generator reads
the dict as it goes).
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    for name in tree:
        child = tree[name]
        here = f"{prefix}/{name}" if prefix else name
        if isinstance(child, dict):
            yield from iter_files(child, here)
        else:
            yield here


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
