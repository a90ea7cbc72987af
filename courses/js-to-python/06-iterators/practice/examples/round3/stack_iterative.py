"""Your explanation: I'd return a list if the caller needs to sort the paths
or iterate twice, since a generator is single-use."""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree):
    stack = [("", tree)]
    while stack:
        prefix, node = stack.pop()
        for name, child in node.items():
            if child is None:
                yield prefix + name
            else:
                stack.append((prefix + name + "/", child))
