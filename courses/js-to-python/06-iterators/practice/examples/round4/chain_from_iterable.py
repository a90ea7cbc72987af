"""Lesson 06 · Practice

Your explanation: return a list if the caller needs len or indexing; a
lazy iterator otherwise.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


from itertools import chain


def iter_files(tree):
    return chain.from_iterable(
        [name] if child is None else (f"{name}/{sub}" for sub in iter_files(child))
        for name, child in tree.items()
    )

if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
