import json


def load_settings(path):
    try:
        with open(path, encoding="utf-8") as settings_file:
            text = settings_file.read()
    except FileNotFoundError:
        return None, {"theme": "light"}
    except OSError as err:
        return err, None
    try:
        return None, json.loads(text)
    except json.JSONDecodeError as err:
        return err, None
