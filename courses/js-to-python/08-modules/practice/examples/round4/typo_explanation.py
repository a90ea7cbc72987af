"""Lesson 08 · Practice

Your explanation: python runs the modul body only once, the frist time its
imported, and then keeps it cached in sys.modules. so if the file reading is at
the top level it hapens as a side efect of importing (pytest importing it would
crash on sys.argv). thats why evrything is in functions.
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
