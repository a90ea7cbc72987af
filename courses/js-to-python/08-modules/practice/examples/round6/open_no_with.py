"""Lesson 08 · Practice

Your explanation: Python runs a module's body once, the first time it is
imported, and caches the module object in sys.modules; later imports get the
cached object. So anything at the top level (reading sys.argv[1], opening the
file, printing) would happen as a side effect of merely importing it, e.g.
when pytest or another module imports it. The work lives in functions instead.
"""

import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    f = open(path)
    data = json.load(f)
    f.close()
    merged = DEFAULTS.copy()
    merged.update(data)
    return merged


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
