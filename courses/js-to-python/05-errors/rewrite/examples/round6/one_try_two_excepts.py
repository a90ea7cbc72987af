import json


def load_settings(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        return {"theme": "light"}
    except json.JSONDecodeError as err:
        raise ValueError(f"bad settings in {path}") from err
