"""Lesson 08 practice: settings loader.

Settings loader.
"""
# Python executes a module's body the first time it is imported and then
# stores the module in sys.modules, so subsequent imports are served from that
# cache.  Any work at top level would thus be a side effect of importing:
# merely importing this file in a test would try to read sys.argv[1].
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as settings_file:
        merged = dict(DEFAULTS)
        merged.update(json.load(settings_file))
    return merged


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
