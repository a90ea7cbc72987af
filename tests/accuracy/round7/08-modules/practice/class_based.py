"""Lesson 08 practice: settings loader.

Your explanation: Python runs a module's body once, the first time it is
imported, and caches the module object in sys.modules; later imports get the
cached object.  Anything at the top level therefore happens as a side effect
of importing: pytest, a doc tool or a multiprocessing worker that imports
this file would read sys.argv[1] and print.  So the work lives in functions.
"""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


class SettingsLoader:
    def __init__(self, defaults=None):
        self.defaults = dict(defaults or DEFAULTS)

    def load(self, path):
        with open(path, encoding="utf-8") as f:
            return {**self.defaults, **json.load(f)}


def load_settings(path):
    return SettingsLoader().load(path)


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
