"""Lesson 06 · Practice

Your explanation: return a list if you need len(), random access or several
passes; otherwise yield.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    for k, v in tree.items():
        if isinstance(v, dict):
            yield from iter_files(v, f"{prefix}{k}/")
        else:
            yield f"{prefix}{k}"
