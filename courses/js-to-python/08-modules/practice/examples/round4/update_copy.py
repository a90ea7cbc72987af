"""Lesson 08 · Practice

Your explanation: the module body is executed on the first import only and the
resulting module is stored in sys.modules, so top-level code turns every import
into "read a file and print" - a test or another module importing load_settings
would crash on sys.argv[1]. Keeping the work in functions makes import free of
side effects.
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
