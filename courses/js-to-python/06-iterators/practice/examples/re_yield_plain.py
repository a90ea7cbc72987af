"""Lazy walk; each sub-folder's paths are yielded one by one.

Return a list if the caller needs len() or to loop over the result twice.
"""


def iter_files(tree, prefix=""):
    for name, value in tree.items():
        path = prefix + name
        if isinstance(value, dict):
            for sub_path in iter_files(value, path + "/"):
                yield sub_path
        else:
            yield path
