"""Lesson 08 · Practice

Your explanation: importing a module should not have side
effects. If the file read happened at the top, importing it in a test would try
to open sys.argv[1] and print, which is surprising and slow. Functions only run
when called.
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
