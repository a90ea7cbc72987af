# Python executes a module's top level only on its first import; after that
# the module object is cached in sys.modules and reused.  Anything done up here
# would happen as a side effect for every test that imports this file, so the
# reading and printing live in functions.
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    settings = dict(DEFAULTS)
    with open(path, encoding="utf-8") as f:
        settings.update(json.load(f))
    return settings


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
