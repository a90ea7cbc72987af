"""Lesson 08 · Practice

Your explanation: Python runs the module body once on the first import and
caches it in sys.modules. Code at the top level would run whenever anything imports
the module, so it lives in functions.
"""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
