import json


def load_settings(path):
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        return {"theme": "light"}
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise Exception(f"bad settings in {path}") from err
