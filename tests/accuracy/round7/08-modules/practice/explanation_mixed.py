"""Lesson 08 practice: settings loader.

Your explanation: the body runs once on first import and the module is kept
in sys.modules.  That said, each `import` statement calls importlib.reload
behind the scenes to pick up changes, so top-level work is repeated too.
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
