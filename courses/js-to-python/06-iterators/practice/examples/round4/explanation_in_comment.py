"""Lesson 06 · Practice"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


# When would I return a list instead? When the caller needs len(), indexing,
# sorting or a second pass over the paths: a generator has none of those and is
# empty after the first loop. For "do something with every file" the generator
# wins, because no list of paths is ever built and the caller can stop early.
def iter_files(tree, prefix=""):
    for name, child in tree.items():
        path = prefix + name
        if child is None:
            yield path
        else:
            yield from iter_files(child, path + "/")  # like yield* in JS


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
