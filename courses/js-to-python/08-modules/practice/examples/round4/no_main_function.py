"""Lesson 08 · Practice

Your explanation: the module body runs once at first import and the module is
cached in sys.modules, so top-level work would happen on import.
"""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as f:
        return {**DEFAULTS, **json.load(f)}


if __name__ == "__main__":
    print(load_settings(sys.argv[1]))
