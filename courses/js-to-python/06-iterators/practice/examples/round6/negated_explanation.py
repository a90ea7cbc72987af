"""Lesson 06 · Practice

Your explanation: I would not use a generator when the caller has to count
the files, index into them or iterate the result twice, because a generator
cannot be rewound; then a list is the better thing to return.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    for name, child in tree.items():
        if child is None:
            yield prefix + name
        else:
            yield from iter_files(child, prefix + name + "/")
