"""Lesson 08 · Practice

Your explanation: a module body runs on first import and is cached in
sys.modules, so I put the work in functions; only constants stay at the top.
"""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}
SETTINGS_PATH = sys.argv[1]


def load_settings(path):
    with open(path, encoding="utf-8") as f:
        return {**DEFAULTS, **json.load(f)}


def main():
    print(load_settings(SETTINGS_PATH))


if __name__ == "__main__":
    main()
