"""Lesson 08 · Practice

This script reads a settings file and prints the merged settings as soon as
Python loads it.  Turn it into a module:

- `load_settings(path)` returns DEFAULTS updated with the file's values;
- `main()` prints `load_settings(sys.argv[1])`;
- nothing runs when another file or a test brings this one in.

Then, in this docstring (replace the line below), explain what Python does
with a module's body, and why that makes work at the top level a problem.

Your explanation: Python runs the module body once on first import and caches
it in sys.modules; loading the settings once at import time means every
importer shares the same dict.
"""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as f:
        return {**DEFAULTS, **json.load(f)}


SETTINGS = load_settings(sys.argv[1]) if len(sys.argv) > 1 else dict(DEFAULTS)


def main():
    print(SETTINGS)


if __name__ == "__main__":
    main()
