"""Lesson 06 · Practice

Design `iter_files(tree)`.

Your explanation: when the caller needs to count or revisit the paths, a list; else
this generator, which also avoids deep recursion.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree):
    stack = [("", iter(tree.items()))]
    while stack:
        prefix, entries = stack[-1]
        for name, child in entries:
            if child is None:
                yield prefix + name
            else:
                stack.append((prefix + name + "/", iter(child.items())))
                break
        else:
            stack.pop()


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
