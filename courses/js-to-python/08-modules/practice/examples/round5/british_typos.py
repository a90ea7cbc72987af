"""Lesson 08 · Practice

Settings module: load_settings(path) and main().

Your explanation: Python initialises a module by executing it's body once, the
first time it's imported, and then caches it in sys.modules - subsequent
imports just recieve the cached module. That means any top-level
behaviour (opening files, printing) would be triggered by anyone who
imports it, e.g. pytest, which is an unwanted side-effect.
"""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as fh:
        return {**DEFAULTS, **json.load(fh)}


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
