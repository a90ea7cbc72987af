"""Lesson 08 · Practice"""
import json
import sys

# Why nothing happens at import: Python executes this file's body once, the first
# time it is imported, then stores the module in sys.modules and hands the cached
# object to every later import. If the reading and printing stayed up here, they
# would happen as a side effect of any import (pytest, another module, a worker
# process). So the top level only defines names.

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as f:
        return {**DEFAULTS, **json.load(f)}


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
