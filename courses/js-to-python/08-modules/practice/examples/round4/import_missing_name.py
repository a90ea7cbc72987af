"""Lesson 08 · Practice

Your explanation: the module body runs once on first import and is then
cached in sys.modules, so top-level work becomes an import side effect.
"""
import json
import sys
from json import load, load_file

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as f:
        return {**DEFAULTS, **load(f)}


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
