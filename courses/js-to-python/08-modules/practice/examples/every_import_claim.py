"""Settings module.

Every import runs the module body again, so reading the file at the top would
happen each time another file imports settings; that is why it is a side
effect worth avoiding and the work lives in functions.
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
