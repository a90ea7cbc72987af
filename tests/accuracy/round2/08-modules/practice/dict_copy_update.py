"""Settings.

Your explanation: the first import executes the whole file top to bottom and
then stores the module in sys.modules, so every later import just reuses it.
Code at the top level would run during that import - in tests, in tools -
which is why reading the file is done in load_settings() instead.
"""
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
