import json


def load_settings(path):
    try:
        f = open(path)
        text = f.read()
        f.close()
    except FileNotFoundError:
        return {"theme": "light"}
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise ValueError(f"bad settings in {path}") from err
