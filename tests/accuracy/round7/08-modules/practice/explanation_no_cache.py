"""Lesson 08 practice: settings loader.

Your explanation: the module body is executed a single time, on the first
import, and every later import just hands back that same module object.  So
whatever sits at the top level happens as a side effect of being imported
(by a test runner, for instance), which is why it must be in functions.
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
