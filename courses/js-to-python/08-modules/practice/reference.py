"""Lesson 08 · Practice: reference answer.

A module's body runs once, the first time anything imports it; Python then
caches the module object in sys.modules, and every later import gets that
same object back without running the body again.  Whatever sits at the top
level therefore happens as a side effect of importing: a test that only
wants load_settings would read a file named on a command line it never had.
So the work lives in load_settings() and main(), and main() runs only when
this file is the program (`python settings.py settings.json`).  DEFAULTS is
built once and shared too, so load_settings builds a new dict instead of
updating it.
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
