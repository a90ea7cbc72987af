"""Settings.

Your explanation: if the file reading is at the top level it runs whenever
someone imports the module, for example a test, and it would crash because
there is no sys.argv[1]. So I moved it into functions.
"""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as f:
        return {**DEFAULTS, **json.load(f)}


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
