"""Your explanation: a module body runs on first import and the module is
cached in sys.modules, so top-level work is an import side effect."""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as f:
        return {**DEFAULTS, **json.load(f)}


def main():
    print(load_settings(sys.argv[1]))


main()
