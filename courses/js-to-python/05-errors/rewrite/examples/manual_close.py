import json


def load_settings(path):
    try:
        settings_file = open(path, encoding="utf-8")
    except FileNotFoundError:
        return {"theme": "light"}
    text = settings_file.read()
    settings_file.close()
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise ValueError(f"bad settings in {path}") from err
