"""Lesson 08 · Practice

Your explanation: every time another file does "import settings",
Python runs the whole module body again from the top, so top-level code would read
the file over and over. Putting it in functions stops the repetition.
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
