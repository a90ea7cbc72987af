"""Lesson 08 · Practice

Your explanation: a module isn't re-executed on each import - Python runs its
body only the first time and keeps it in sys.modules - but that first import
is not necessarily "python settings.py": pytest or another module can be the
one importing it. Nothing at the top level should therefore read files or
print.
"""

import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    merged = dict(DEFAULTS)
    with open(path, encoding="utf-8") as f:
        merged.update(json.load(f))
    return merged


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
