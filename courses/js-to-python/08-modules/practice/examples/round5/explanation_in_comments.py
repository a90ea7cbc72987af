"""Lesson 08 · Practice

Settings loader.
"""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as f:
        return {**DEFAULTS, **json.load(f)}


def main():
    print(load_settings(sys.argv[1]))


# Why nothing runs at import: Python executes a module's body only once,
# on the first import, and caches the module in sys.modules. If the file
# reading and printing were up here, they would happen whenever anything
# imported this module (a test, another script), as a side effect.
if __name__ == "__main__":
    main()
