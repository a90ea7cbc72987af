"""Your explanation: importing runs the module body once and stores the
module in sys.modules; code at the top level would run on every first import
(tests included), so I keep it in functions."""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as f:
        DEFAULTS.update(json.load(f))
    return DEFAULTS


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
