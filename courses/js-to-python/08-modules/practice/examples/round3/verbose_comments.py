"""Your explanation:
When Python imports a module for the first time it runs every line of the
file from top to bottom, and then it saves the module in sys.modules. If
another file imports it again, Python just hands back the saved module and
does NOT run the file again. That means any work at the top level (like
opening the settings file or printing) would happen just because someone
imported the module, for example a test, and it would only happen once.
So I put the work in functions and only call main() when the file is run
as a script.
"""
import json
import sys

# constants are fine at the top level
DEFAULTS = {"debug": False, "port": 8000}


def load_settings(path):
    # read the user's settings from the JSON file
    with open(path, encoding="utf-8") as settings_file:
        user_settings = json.load(settings_file)
    # start from a copy of the defaults and override with the file's values
    merged = dict(DEFAULTS)
    merged.update(user_settings)
    return merged


def main():
    # sys.argv[1] is the first command-line argument
    print(load_settings(sys.argv[1]))


# only run when executed directly: python settings.py my.json
if __name__ == "__main__":
    main()
