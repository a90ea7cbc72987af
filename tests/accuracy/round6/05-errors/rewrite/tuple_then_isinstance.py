import json


def load_settings(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (FileNotFoundError, json.JSONDecodeError) as err:
        if isinstance(err, FileNotFoundError):
            return {"theme": "light"}
        raise ValueError(f"bad settings in {path}") from err
