"""Lesson 08 practice: settings loader.

Your explanation: Python doesn't run a module's body each time it is
imported; it runs it once, the first time, and keeps the module in
sys.modules for every later import.  But that once is enough: a test or tool
importing this file would read sys.argv[1] and print, which is not what
importing should do, so nothing but definitions lives at the top.
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
