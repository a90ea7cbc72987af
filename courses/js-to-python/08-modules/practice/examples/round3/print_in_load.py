"""Your explanation: the module body runs on first import only and the module
is cached in sys.modules, so top-level work would be a side effect of import."""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    print("loaded", path)
    return {**DEFAULTS, **data}


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
