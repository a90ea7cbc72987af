"""Your explanation: list when the caller needs len/index/multiple passes; otherwise stream."""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree, prefix=""):
    for name, sub in tree.items():
        yield from (iter_files(sub, f"{prefix}{name}/") if sub is not None else [f"{prefix}{name}"])
