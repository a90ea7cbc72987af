"""Lesson 08 · Practice

Your explanation: Python executes a module body once, on its first import,
and caches the module in sys.modules; every later import returns the cached object.
Reading files at the top level would make the import itself do I/O (and crash in a
test, where sys.argv[1] is not a settings file), so all work sits behind functions.
"""
import json
import sys
from pathlib import Path

DEFAULTS = {"debug": False, "port": 8000}


class SettingsLoader:
    def __init__(self, defaults=None):
        self.defaults = dict(DEFAULTS if defaults is None else defaults)

    def load(self, path):
        overrides = json.loads(Path(path).read_text(encoding="utf-8"))
        return {**self.defaults, **overrides}


def load_settings(path):
    return SettingsLoader().load(path)


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
