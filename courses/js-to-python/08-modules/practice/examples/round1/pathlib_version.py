"""Lesson 08 · Practice

This script reads a settings file and prints the merged settings as soon as
Python loads it.  Turn it into a module:

- `load_settings(path)` returns DEFAULTS updated with the file's values;
- `main()` prints `load_settings(sys.argv[1])`;
- nothing runs when another file or a test brings this one in.

Then, in this docstring (replace the line below), explain what Python does
with a module's body, and why that makes work at the top level a problem.

Your explanation: Python runs a module's body the first time something imports
it and caches the result in sys.modules, so the body never runs again for
later imports but always runs for the first one -- including a test's import.
Anything at the top level is a side effect of importing; only definitions
belong there.
"""
import json
import sys
from pathlib import Path

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    return {**DEFAULTS, **json.loads(Path(path).read_text(encoding="utf-8"))}


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
