"""Lesson 08 · Practice

Settings module: load_settings(path) and main().

Your explanation: Python runs a module's body once, the first time it is imported,
and then caches the module object in sys.modules; every later import gets
that cached object back. So anything at the top level happens as a side
effect of importing: a test runner or another module importing this file
would read sys.argv[1] and print. Keeping the work in functions means
importing only defines them.
"""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as f:
        return {**DEFAULTS, **json.load(f)}


if __name__ == "__main__":
    print(load_settings(sys.argv[1]))
