"""Your explanation: the module body executes once on first import and the
module is kept in sys.modules; anything at top level is an import side effect."""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}
SETTINGS_PATH = sys.argv[1]


def load_settings(path):
    with open(path, encoding="utf-8") as f:
        return {**DEFAULTS, **json.load(f)}


def main():
    print(load_settings(SETTINGS_PATH))


if __name__ == "__main__":
    main()
