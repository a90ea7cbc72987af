import json


def load_settings(path):
    try:
        with open(path) as settingsFile:
            settingsText = settingsFile.read()
    except FileNotFoundError:
        return {"theme": "light"}
    try:
        return json.loads(settingsText)
    except json.JSONDecodeError as parseErr:
        raise ValueError(f"bad settings in {path}") from parseErr
