"""Settings.

Your explanation: Python executes a module only on its first import and keeps
it in sys.modules, so top-level statements are import-time side effects that
run for anyone who imports us (tests, tools). I keep the file read inside
load_settings and cache results per path instead.
"""
import json
import sys
from functools import lru_cache

DEFAULTS = {"debug": False, "port": 8000}


@lru_cache(maxsize=None)
def _read(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def load_settings(path):
    return {**DEFAULTS, **_read(path)}


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
