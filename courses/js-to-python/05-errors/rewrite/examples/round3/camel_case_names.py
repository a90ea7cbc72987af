import json


def load_settings(path):
    try:
        with open(path) as fileHandle:
            settingsText = fileHandle.read()
    except FileNotFoundError:
        return {"theme": "light"}
    try:
        return json.loads(settingsText)
    except json.JSONDecodeError as parseError:
        raise ValueError(f"bad settings in {path}") from parseError
