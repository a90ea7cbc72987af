"""Lesson 06 practice.

Your explanation: I'd hand back a list if the caller needs to know how many
files there are, wants to sort them, or has to go over them twice, since the
generator is exhausted after the first loop.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


import posixpath


def iter_files(tree, base=""):
    for name, sub in tree.items():
        full = posixpath.join(base, name) if base else name
        if sub is None:
            yield full
        else:
            yield from iter_files(sub, full)


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
