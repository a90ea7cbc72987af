"""Settings loader (Lesson 08 · Practice)."""
import json
import sys

# A module's body runs once, on its first import; the module is then cached in
# sys.modules and reused.  So anything done up here would happen whenever
# something imports this file, which is why the work lives in functions.

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    with open(path, encoding="utf-8") as f:
        return {**DEFAULTS, **json.load(f)}


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
