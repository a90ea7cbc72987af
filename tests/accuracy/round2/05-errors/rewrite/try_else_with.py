import json


def load_settings(path):
    try:
        settings_file = open(path, encoding="utf-8")
    except FileNotFoundError:
        return {"theme": "light"}
    else:
        with settings_file:
            text = settings_file.read()
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise ValueError(f"bad settings in {path}") from err
