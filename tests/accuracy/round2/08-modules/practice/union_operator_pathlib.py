"""Settings module.

Your explanation: A module body is executed once, on first import, and the
module object is cached in sys.modules. Top-level work would therefore run as
an import side effect (e.g. when pytest collects it), so nothing here runs
until main() is called.
"""
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
