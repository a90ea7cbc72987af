"""Lesson 08 · Practice

Your explanation: the first time anything imports this file, Python executes
the whole module body and then keeps the finished module in sys.modules, so
later imports just hand back that cached copy. Anything left at the top level
- reading a file, printing - would therefore happen as an unwanted side effect
of the import itself (in a test, say), which is why it's all tucked away in
functions now.
"""

import json
import sys

DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    settings = dict(DEFAULTS)
    with open(path, encoding="utf-8") as f:
        settings.update(json.load(f))
    return settings


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
