"""Lesson 06 · Practice

Your explanation: I would return a list when the caller needs len(), indexing
or to loop over the paths more than once (a generator is used up after one
pass), or when the tree is small and I want the whole result at once.
"""

TREE = {
    "src": {"app.py": None, "lib": {"db.py": None}},
    "README.md": None,
}


def iter_files(tree):
    stack = [("", tree)]
    while stack:
        prefix, node = stack.pop()
        for name, child in reversed(list(node.items())):
            if child is None:
                stack.append((prefix + name, None))
            else:
                stack.append((prefix + name + "/", child))
        while stack and stack[-1][1] is None:
            yield stack.pop()[0]
