"""Lesson 08 · Practice

Your explanation: `import settings` executes this file top to bottom one time
and stores the module in sys.modules; a second import is a dictionary lookup
and runs nothing (only importlib.reload would run it again). Since the body
runs on whichever import comes first - a test, a docs tool, a worker
process - work placed there happens as an import side effect.
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
