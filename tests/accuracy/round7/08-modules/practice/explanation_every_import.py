"""Lesson 08 practice: settings loader.

Your explanation: every time another file does `import settings`, Python runs
the whole module body again, so top-level work would read the file over and
over; keeping it in functions avoids that repeated cost.
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
