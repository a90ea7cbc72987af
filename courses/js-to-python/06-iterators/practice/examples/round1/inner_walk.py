"""Lesson 06 · Practice

Design `iter_files(tree)`.  A folder tree is a dict: each key is a name, each
value is either another dict (a sub-folder) or None (a file).  Yield the path
of every file, lazily and recursively, with "/" between the parts:

    iter_files({"src": {"app.py": None, "lib": {"db.py": None}}, "README.md": None})
    -> "src/app.py", "src/lib/db.py", "README.md"

Then, in this docstring (replace the line below), say when you would hand
back a full collection rather than a generator, and why.

Your explanation: a list is better when the result will be reused: sorted,
counted, indexed or looped over twice. A generator can only be consumed once,
so handing one to such a caller means it has to call list() anyway.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree):
    def walk(node, parts):
        for name, child in node.items():
            if isinstance(child, dict):
                yield from walk(child, parts + [name])
            else:
                yield "/".join(parts + [name])

    yield from walk(tree, [])


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
