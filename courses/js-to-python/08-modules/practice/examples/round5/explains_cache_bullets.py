"""Lesson 08 · Practice

Your explanation:
  - import executes the module body top to bottom, once
  - the module object is then stored in sys.modules
  - later imports return that same object without running anything
  - so top-level file reading / printing would happen as a side effect
    of the first import, e.g. when a test imports load_settings
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
