"""Your explanation: Python executes a module top to bottom when it is first
imported and stores it in sys.modules; a second import is a dictionary
lookup. Top-level work would therefore run on import, once, whoever imports."""
import json
import sys
from pathlib import Path

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    return DEFAULTS | json.loads(Path(path).read_text(encoding="utf-8"))


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
