"""Your explanation: the body runs once on first import and the module object
is cached in sys.modules, so putting work there makes import do work."""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as settingsFile:
        fileSettings = json.load(settingsFile)
    mergedSettings = {**DEFAULTS, **fileSettings}
    return mergedSettings


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
