import json


def load_settings(path):
    try:
        with open(path) as f:
            return json.load(f)
    except FileNotFoundError:
        return {"theme": "light"}
    except json.JSONDecodeError as e:
        raise ValueError(f"bad settings in {path}") from e
