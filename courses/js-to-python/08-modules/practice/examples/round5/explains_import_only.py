"""Lesson 08 · Practice

Settings module: load_settings(path) and main().

Your explanation: If the work is at the top level, it runs whenever the file is
imported, for example when pytest collects the tests. That is why it is in
functions now.
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
