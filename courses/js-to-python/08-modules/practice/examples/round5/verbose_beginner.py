"""Lesson 08 · Practice

Your explanation:
In Node I would check `require.main === module`. In Python the equivalent
is `if __name__ == "__main__":`. The reason this matters: when a module is
imported, Python runs all the code in it from top to bottom, but only the
first time. After that the module is kept in the sys.modules dictionary and
importing it again just gives you the same module object. So if I read the
file and print at the top level, anyone who imports this module (like a
test) would make it read sys.argv[1] and print, which is not what they want.
"""
import json
import sys

# the default settings, used when the file doesn't set a value
DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    # open the settings file
    with open(path, encoding="utf-8") as settings_file:
        # read the JSON in it
        file_settings = json.load(settings_file)
    # start from the defaults and let the file override them
    merged = {}
    merged.update(DEFAULTS)
    merged.update(file_settings)
    return merged


def main():
    # print the settings from the file given on the command line
    print(load_settings(sys.argv[1]))


# only run main when this file is run directly, not when imported
if __name__ == "__main__":
    main()
