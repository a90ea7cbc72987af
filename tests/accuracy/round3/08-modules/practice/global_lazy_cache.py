"""Your explanation: a module's body runs a single time, at the first import,
after which Python keeps it in sys.modules and hands the same object to every
importer. If the body read the settings file, merely importing would do I/O
(and fail without argv). So the read happens on first use instead."""
import json
import sys

DEFAULTS = {"debug": False, "port": 8000}
_settings = None


def load_settings(path):
    global _settings
    if _settings is None:
        with open(path, encoding="utf-8") as f:
            _settings = {**DEFAULTS, **json.load(f)}
    return _settings


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
