"""Lesson 08 · Practice

Your explanation: Python executes the module once when it is first
imported and keeps it in sys.modules, so whatever runs at the top level runs on
import.
"""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as f:
        return {**DEFAULTS, **json.load(f)}


def main():
    print(load_settings(sys.argv[1]))


main()
