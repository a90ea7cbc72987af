import json


def load_settings(path):
    try:
        f = open(path, encoding="utf-8")
    except FileNotFoundError:
        return {"theme": "light"}
    text = f.read()
    f.close()
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise ValueError(f"bad settings in {path}") from err
