"""Your explanation: a module runs once, on first import, and is cached in
sys.modules; top-level work would run as an import side effect."""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as f:
        return {**DEFAULTS, **json.load(f)}


def main():
    print(load_settings(sys.argv[2]))


if __name__ == "__main__":
    main()
