"""Lesson 08 · Practice

Your explanation: Python runs a module's body once, the first time it is
imported, and caches the module object in sys.modules; later imports get
that cached object. So anything at the top level (opening a file, reading
sys.argv, printing) happens as a side effect of `import`, in tests and other
modules too, and it happens only once. Work belongs in functions.
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
