"""Settings module.

Python runs the body of a module once, the first time something imports it,
and keeps the module cached in sys.modules for every later import.  Work at
the top level would therefore be a side effect of importing, so it lives in
functions and main() runs only when the file is the program.
"""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as f:
        return {**DEFAULTS, **json.load(f)}


def main():
    print(load_settings(sys.argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
