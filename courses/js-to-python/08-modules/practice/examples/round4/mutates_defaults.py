"""Lesson 08 · Practice

Your explanation: a module body runs once when first imported and is then
cached in sys.modules, so top-level work would be an import side effect; I keep
it in functions.
"""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as f:
        DEFAULTS.update(json.load(f))
    return DEFAULTS


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
