"""Lesson 08 · Practice

Your explanation: a module's body runs once, at first import, and the module is
cached in sys.modules afterwards; top-level work would be an import side effect.
"""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as f:
        file_settings = json.load(f)
    return {**file_settings, **DEFAULTS}


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
