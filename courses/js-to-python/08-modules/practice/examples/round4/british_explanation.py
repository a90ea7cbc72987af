"""Lesson 08 · Practice

Your explanation: on the first import Python executes the module's body
once and caches the resulting module object in sys.modules, handing that same
object to every later import. Work placed at the top level is therefore a
side effect of being imported - by a test runner, a documentation tool, or
a spawned worker process - which is undesirable behaviour. Hence the top level
merely defines names, and main() does the work when the file is run as a programme.
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
