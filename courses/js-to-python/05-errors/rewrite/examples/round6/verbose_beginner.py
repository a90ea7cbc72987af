import json


def load_settings(path):
    # default settings if there is no file
    default_settings = {"theme": "light"}

    # step 1: read the file
    try:
        with open(path, "r", encoding="utf-8") as settings_file:
            file_contents = settings_file.read()
    except FileNotFoundError:
        # the file does not exist, so use the defaults
        return default_settings

    # step 2: parse the JSON
    try:
        settings = json.loads(file_contents)
    except json.JSONDecodeError as error:
        # turn the JSON error into our own error and keep the cause
        raise ValueError("bad settings in " + path) from error

    # step 3: give the settings back
    return settings


if __name__ == "__main__":
    print(load_settings("settings.json"))
