"""Lesson 08 · Practice

Your explanation: every time a module is imported Python runs its whole body
again, so with top-level work the file would be read on every import. The
__main__ guard stops that.
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
