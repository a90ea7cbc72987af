"""Lesson 08 · Practice

Settings module: load_settings(path) and main().

Your explanation: Every time a module is imported Python runs its body again and
stores the new copy in sys.modules, so top-level work would be repeated on
every import statement.
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
