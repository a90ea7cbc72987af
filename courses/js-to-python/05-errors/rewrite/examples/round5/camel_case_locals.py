import json


def load_settings(path):
    defaultSettings = {"theme": "light"}
    try:
        with open(path, encoding="utf-8") as settingsFile:
            fileText = settingsFile.read()
    except FileNotFoundError:
        return defaultSettings
    try:
        return json.loads(fileText)
    except json.JSONDecodeError as parseError:
        raise ValueError(f"bad settings in {path}") from parseError
