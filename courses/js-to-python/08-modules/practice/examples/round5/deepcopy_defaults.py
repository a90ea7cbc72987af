"""Lesson 08 · Practice

Settings module: load_settings(path) and main().

Your explanation: A module's top-level code runs once per process, at its first
import, and the module is then cached in sys.modules. Test runners and
multiprocessing workers import this file too, so if the work were at the
top level it would run for them as an import side effect.
"""
import copy
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    settings = copy.deepcopy(DEFAULTS)
    with open(path, encoding="utf-8") as f:
        settings.update(json.load(f))
    return settings


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
