"""Lesson 06 · Practice

Your explanation: a list is better when the caller needs random access or
a second pass; a generator otherwise, as it never holds all the paths.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, parts=[]):
    for name, child in tree.items():
        parts.append(name)
        if child is None:
            yield "/".join(parts)
        else:
            yield from iter_files(child, parts)
        parts.pop()

if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
