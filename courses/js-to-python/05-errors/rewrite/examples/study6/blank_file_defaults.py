import json


def load_settings(path):
    try:
        with open(path, encoding="utf-8") as settings_file:
            content = settings_file.read()
    except FileNotFoundError:
        return {"theme": "light"}
    if content == "":
        return {"theme": "light"}
    try:
        return json.loads(content)
    except json.JSONDecodeError as err:
        raise ValueError(f"bad settings in {path}") from err
