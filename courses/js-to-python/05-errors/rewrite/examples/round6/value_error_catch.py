import json


def load_settings(path):
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError:
        return {"theme": "light"}
    except ValueError as err:
        raise ValueError(f"bad settings in {path}") from err
