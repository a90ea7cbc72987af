"""Lesson 08 · Practice

Your explanation: the if __name__ == "__main__" guard is what makes Python
run the module body only once and store it in sys.modules; without it the
body runs on every import.
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
