"""Lesson 08 · Practice

Your explanation: a module body is run once, at the first import, and the module
is then cached in sys.modules, so work at the top level would be done as a side
effect of importing.
"""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as fileHandle:
        fileSettings = json.load(fileHandle)
    mergedSettings = {**DEFAULTS, **fileSettings}
    return mergedSettings


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
