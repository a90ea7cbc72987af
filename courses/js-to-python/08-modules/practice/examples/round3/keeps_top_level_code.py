"""Your explanation: module bodies run once at first import and are cached in
sys.modules, so top-level code is a side effect."""
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
