"""An explicit stack instead of recursion; still lazy.

A list is better if the caller needs the count of files or indexes them.
"""


def iter_files(tree):
    stack = [("", tree)]
    while stack:
        prefix, node = stack.pop(0)
        for name, value in node.items():
            if isinstance(value, dict):
                stack.append((prefix + name + "/", value))
            else:
                yield prefix + name
