"""Lesson 06 · Practice: reference answer.

iter_files is a generator: each path is produced only when the caller asks
for the next one, so a caller looking for the first match stops the walk
there, and a huge tree never sits in memory as one big list.  `yield from`
hands the sub-folder's paths straight through to the caller.

I would return a list instead when the caller needs the whole result as a
collection: to take its len(), index it, sort it, or loop over it more than
once (a generator is exhausted after one pass), and when the result is small
anyway, say a handful of config files.  The caller can always write
list(iter_files(tree)) for that.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    for name, value in tree.items():
        path = prefix + name
        if isinstance(value, dict):
            yield from iter_files(value, path + "/")
        else:
            yield path


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
