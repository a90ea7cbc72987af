import json

DEFAULTS = {"theme": "light"}


def load_settings(path):
    try:
        with open(path, encoding="utf-8") as f:
            content = f.read()
    except FileNotFoundError:
        return DEFAULTS
    try:
        return json.loads(content)
    except json.JSONDecodeError as error:
        raise ValueError(f"bad settings in {path}") from error
