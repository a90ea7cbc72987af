"""Your explanation: the module runs once on import and is cached in
sys.modules, so top-level work becomes an import side effect."""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as f:
        return {**DEFAULTS, **json.load(f)}


if __name__ == "__main__":
    print(load_settings(sys.argv[1]))
