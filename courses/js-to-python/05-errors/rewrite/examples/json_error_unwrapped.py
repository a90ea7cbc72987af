import json


def load_settings(path):
    try:
        with open(path, encoding="utf-8") as settings_file:
            text = settings_file.read()
    except FileNotFoundError:
        return {"theme": "light"}
    return json.loads(text)
