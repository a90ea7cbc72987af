"""Your explanation: Python executes a module's body once, at first import,
then caches it in sys.modules. Work at module level would run the moment any
code imports this file (tests, other modules), so it lives in functions."""
import json
import sys


class SettingsLoader:
    DEFAULTS = {"debug": False, "port": 8000}

    def __init__(self, path):
        self.path = path

    def load(self):
        with open(self.path, encoding="utf-8") as f:
            return {**self.DEFAULTS, **json.load(f)}


DEFAULTS = SettingsLoader.DEFAULTS


def load_settings(path):
    return SettingsLoader(path).load()


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
