"""Lesson 08 · Practice

Your explanation: when another file imports this one, Python executes the
top-level code, so a test importing it would try to read sys.argv[1] and
crash. Keeping the work in functions avoids that.
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
