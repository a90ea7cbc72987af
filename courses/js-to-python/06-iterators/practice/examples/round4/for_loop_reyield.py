"""Lesson 06 · Practice

Your explanation: return a list if you need to count the files or go
through them twice, because a generator is used up after the first loop.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree):
    for name, child in tree.items():
        if child is None:
            yield name
        else:
            for sub_path in iter_files(child):
                yield name + "/" + sub_path

if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
