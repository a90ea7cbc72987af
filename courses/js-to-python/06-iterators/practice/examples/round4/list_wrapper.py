"""Lesson 06 · Practice

Your explanation: a list is nicer for the caller, so I convert at the end;
generators are consumed once and that confuses people.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def _walk(tree, prefix):
    for name, child in tree.items():
        if child is None:
            yield prefix + name
        else:
            yield from _walk(child, prefix + name + "/")


def iter_files(tree):
    return list(_walk(tree, ""))

if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
