"""Your explanation: a module's top-level code runs once, when it is first
imported, and Python then caches the module in sys.modules. Doing the work
there would tie it to import; keeping it in main() lets tests import
load_settings without touching argv or files."""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as f:
        return {**DEFAULTS, **json.load(f)}


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    print(load_settings(args[0]))


if __name__ == "__main__":
    main()
