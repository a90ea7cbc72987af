import json


def load_settings(path):
    try:
        with open(path, encoding="utf-8") as settingsFile:
            rawText = settingsFile.read()
    except FileNotFoundError:
        return {"theme": "light"}
    try:
        parsedSettings = json.loads(rawText)
    except json.JSONDecodeError as parseErr:
        raise ValueError(f"bad settings in {path}") from parseErr
    return parsedSettings
