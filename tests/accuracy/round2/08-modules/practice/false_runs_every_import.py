"""Settings.

Your explanation: Python re-executes the module body every time any file
imports it (it is not cached), so top-level work would be repeated over and
over. That's why the work is in functions.
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
