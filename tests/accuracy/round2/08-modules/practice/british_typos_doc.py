"""Settings.

Your explanation: a modules body is only run the first time its imported,
after that python keeps it cached in sys.modlues and hands back the same
object. So any initialisation at top level (reading files, printing) is a
side-effect of importing it, which tests and other tools do all the time -
hence everything is in functions now.
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
