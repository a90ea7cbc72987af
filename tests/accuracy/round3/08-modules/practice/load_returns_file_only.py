"""Your explanation: import executes the body the first time and caches the
module in sys.modules; later imports reuse it, so top-level work is a
once-only import side effect."""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
