"""Your explanation: list if needed twice."""
import os

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree):
    for root, dirs, files in os.walk(tree):
        for name in files:
            yield os.path.join(root, name)


ALL_FILES = list(iter_files(TREE))
