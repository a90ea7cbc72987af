"""Lesson 08 · Practice

This script reads a settings file and prints the merged settings as soon as
Python loads it.  Turn it into a module:

- `load_settings(path)` returns DEFAULTS updated with the file's values;
- `main()` prints `load_settings(sys.argv[1])`;
- nothing runs when another file or a test brings this one in.

Then, in this docstring (replace the line below), explain what Python does
with a module's body, and why that makes work at the top level a problem.

Your explanation: importing a module executes its top level once and caches the
module object in sys.modules.  If the top level opened sys.argv[1] and
printed, every import would do that (and fail when there is no argument), so
the work goes in functions and the script entry point behind the guard.
"""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return {**DEFAULTS, **data}


def main():
    print(load_settings(sys.argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
