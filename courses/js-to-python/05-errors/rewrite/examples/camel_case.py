import json


def loadSettings(path):
    try:
        with open(path, encoding="utf-8") as settingsFile:
            jsonText = settingsFile.read()
    except FileNotFoundError:
        return {"theme": "light"}
    try:
        return json.loads(jsonText)
    except json.JSONDecodeError as err:
        raise ValueError(f"bad settings in {path}") from err
