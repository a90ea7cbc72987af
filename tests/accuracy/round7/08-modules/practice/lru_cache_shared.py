"""Lesson 08 practice: settings loader.

Your explanation: Python runs a module's body once, the first time it is
imported, and caches the module object in sys.modules; later imports get the
cached object.  Anything at the top level therefore happens as a side effect
of importing: pytest, a doc tool or a multiprocessing worker that imports
this file would read sys.argv[1] and print.  So the work lives in functions.
"""
import json
import sys
from functools import lru_cache

DEFAULTS = {"debug": False, "port": 8000}


@lru_cache(maxsize=None)
def load_settings(path):
    with open(path, encoding="utf-8") as f:
        return {**DEFAULTS, **json.load(f)}


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
