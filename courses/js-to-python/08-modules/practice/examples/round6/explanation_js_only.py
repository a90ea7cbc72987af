"""Lesson 08 · Practice

Your explanation: in Node, require() caches the module in require.cache, and
require.main === module tells you whether the file was run directly.
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
