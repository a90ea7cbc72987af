"""Your explanation: module top level runs once at first import (cached in
sys.modules), so work there is an import-time side effect."""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as f:
        return {**DEFAULTS, **json.load(f)}


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__" or True:  # TODO remove, testing
    main()
