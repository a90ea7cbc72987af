"""Your explanation: on the first `import`, Python executes the module and
puts it in sys.modules; every later import returns that same object without
running the code again (only importlib.reload would). Top-level file reading
would therefore happen at import time, once, even in a test that never wanted
it."""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    return dict(DEFAULTS, **data)


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
