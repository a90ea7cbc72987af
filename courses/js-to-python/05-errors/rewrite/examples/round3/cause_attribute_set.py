import json


def load_settings(path):
    try:
        with open(path) as f:
            text = f.read()
    except FileNotFoundError:
        return {"theme": "light"}
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        new_error = ValueError(f"bad settings in {path}")
        new_error.__cause__ = err
        raise new_error
