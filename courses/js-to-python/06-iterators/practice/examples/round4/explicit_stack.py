"""Lesson 06 · Practice

Your explanation: a list is better when the caller needs random access or
several passes over the paths; here the caller only loops once, so yielding
keeps memory flat.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree):
    # iterative depth-first walk with an explicit stack, no recursion limit
    stack = [("", name, child) for name, child in reversed(tree.items())]
    while stack:
        prefix, name, child = stack.pop()
        path = prefix + name
        if child is None:
            yield path
        else:
            stack.extend((path + "/", sub, grandchild)
                         for sub, grandchild in reversed(child.items()))

if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
