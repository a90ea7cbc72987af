"""Lesson 08 · Practice

Your explanation: the first import runs the module body once and stores the
module in sys.modules, so top-level statements are import side effects. main takes
argv so tests can call it without touching sys.argv.
"""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as settings_file:
        overrides = json.load(settings_file)
    return {**DEFAULTS, **overrides}


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    print(load_settings(argv[0]))


if __name__ == "__main__":
    main()
