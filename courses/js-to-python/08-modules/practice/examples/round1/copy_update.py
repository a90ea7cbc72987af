"""Lesson 08 · Practice

This script reads a settings file and prints the merged settings as soon as
Python loads it.  Turn it into a module:

- `load_settings(path)` returns DEFAULTS updated with the file's values;
- `main()` prints `load_settings(sys.argv[1])`;
- nothing runs when another file or a test brings this one in.

Then, in this docstring (replace the line below), explain what Python does
with a module's body, and why that makes work at the top level a problem.

Your explanation: the body of a module runs top to bottom on its first import
and the resulting module is cached in sys.modules, so later imports don't run
it again.  Doing the work there means importing = doing the work, which a
test or a tool that only wanted load_settings never asked for.
"""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    settings = DEFAULTS.copy()
    with open(path, encoding="utf-8") as f:
        settings.update(json.load(f))
    return settings


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
