"""Lesson 06 · Practice

Design `iter_files(tree)`.  A folder tree is a dict: each key is a name, each
value is either another dict (a sub-folder) or None (a file).  Yield the path
of every file, lazily and recursively, with "/" between the parts:

    iter_files({"src": {"app.py": None, "lib": {"db.py": None}}, "README.md": None})
    -> "src/app.py", "src/lib/db.py", "README.md"

Then, in this docstring (replace the line below), say when you would hand
back a full collection rather than a generator, and why.

Your explanation: I would hand back a list (or a set) when the caller has to
re-use the result: look up its length, index it, or iterate over it more than
once, since a generator is spent after one traversal.  For a small tree
that's then displayed in several places, materialising it is the sensible
behaviour.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, _parents=()):
    for name, subtree in tree.items():
        parts = (*_parents, name)
        if subtree is None:
            yield "/".join(parts)
        else:
            yield from iter_files(subtree, parts)


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
