"""Lesson 08 · Practice

Your explanation: Python runs a module's body once, the first time it is
imported, and caches the module object in sys.modules; later imports get that
same object. Anything at the top level therefore happens as a side effect of
importing: a test that imports this file, a doc tool, or a multiprocessing
worker would read sys.argv[1] and a file and print. So the top level only
defines names, and the work waits in functions until main() is called.
"""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as f:
        return {**DEFAULTS, **json.load(f)}


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
