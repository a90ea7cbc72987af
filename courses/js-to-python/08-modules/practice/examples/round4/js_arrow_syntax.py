"""Lesson 08 · Practice

Your explanation: module code runs once at import and is cached in sys.modules.
"""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}

load_settings = (path) => {**DEFAULTS, **json.load(open(path))}


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
