"""Lesson 08 · Practice

Your explanation: a module body is executed a single time, at first import,
then served from sys.modules. Top-level I/O would therefore run as an import side
effect. I also cache load_settings per path, the same "run once" idea but lazy
and explicit.
"""
import json
import sys
from functools import lru_cache

DEFAULTS = {"debug": False, "port": 8000}


@lru_cache(maxsize=None)
def load_settings(path):
    with open(path, encoding="utf-8") as f:
        return {**DEFAULTS, **json.load(f)}


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
