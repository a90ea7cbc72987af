import json


def load_settings(path):
    try:
        settings_file = open(path, encoding="utf-8")
    except FileNotFoundError:
        return {"theme": "light"}
    with settings_file:
        try:
            return json.load(settings_file)
        except json.JSONDecodeError as err:
            raise ValueError(f"bad settings in {path}") from err
