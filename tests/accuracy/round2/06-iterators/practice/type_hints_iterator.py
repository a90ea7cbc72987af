TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


from collections.abc import Iterator


def iter_files(tree: dict, prefix: str = "") -> Iterator[str]:
    """Yield every file path in the tree, depth first.

    When a list is better: if the caller wants len(), random access, or to
    loop over the paths twice (say, count them, then process them), I'd hand
    back list(iter_files(tree)) since a generator is exhausted after one loop.
    """
    for name, child in tree.items():
        if child is None:
            yield prefix + name
        else:
            yield from iter_files(child, prefix + name + "/")


if __name__ == "__main__":
    for path in iter_files(TREE):
        print(path)
