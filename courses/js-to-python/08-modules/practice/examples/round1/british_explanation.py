"""Lesson 08 · Practice

This script reads a settings file and prints the merged settings as soon as
Python loads it.  Turn it into a module:

- `load_settings(path)` returns DEFAULTS updated with the file's values;
- `main()` prints `load_settings(sys.argv[1])`;
- nothing runs when another file or a test brings this one in.

Then, in this docstring (replace the line below), explain what Python does
with a module's body, and why that makes work at the top level a problem.

Your explanation: when a module is first imported, Python executes its body
from top to bottom and then caches the module object in sys.modules, which is
what later imports are given.  Any behaviour at the top level is therefore a
side effect of being imported: a test that merely wanted load_settings would
find itself opening a file named by its own argv and printing.  Keeping only
definitions at module level and doing the work in main() avoids that.
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
