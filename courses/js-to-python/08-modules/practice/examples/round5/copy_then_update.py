"""Lesson 08 · Practice

Settings module: load_settings(path) and main().

Your explanation: the body of a module is executed a single time, on the first import;
Python stores the module in sys.modules and hands that same object to
every later import. Work written at the top would therefore run whenever
something imports the file (pytest, another module), not only when I run
it as a script.
"""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    settings = dict(DEFAULTS)
    with open(path, encoding="utf-8") as f:
        settings.update(json.load(f))
    return settings


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
