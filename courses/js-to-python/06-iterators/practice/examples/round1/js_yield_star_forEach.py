"""Lesson 06 · Practice

Design `iter_files(tree)`.  A folder tree is a dict: each key is a name, each
value is either another dict (a sub-folder) or None (a file).  Yield the path
of every file, lazily and recursively, with "/" between the parts:

    iter_files({"src": {"app.py": None, "lib": {"db.py": None}}, "README.md": None})
    -> "src/app.py", "src/lib/db.py", "README.md"

Then, in this docstring (replace the line below), say when you would hand
back a full collection rather than a generator, and why.

Your explanation: generators are like JS function*; return an array if you
need .length or to index it.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    paths = []
    list(map(lambda kv: paths.append(prefix + kv[0]) if kv[1] is None
             else paths.extend(iter_files(kv[1], prefix + kv[0] + "/")), tree.items()))
    return iter(paths)


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
