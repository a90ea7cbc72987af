"""Lesson 08 · Practice

Your explanation: the body of a module runs once on first import and is cached
in sys.modules, so code at the top level is a side effect of importing.
"""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as f:
        return {**DEFAULTS, **json.load(f)}


def main():
    print(load_settings(sys.argv[1]))


with open(sys.argv[1], encoding="utf-8") as f:
    settings = {**DEFAULTS, **json.load(f)}
print(settings)
