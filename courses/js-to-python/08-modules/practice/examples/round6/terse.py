"""Lesson 08 · Practice

Your explanation: module body = runs once on first import, then cached in
sys.modules. Top-level work would fire on import (tests etc), so it lives in
main().
"""

import json, sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path) as f:
        return {**DEFAULTS, **json.load(f)}


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
