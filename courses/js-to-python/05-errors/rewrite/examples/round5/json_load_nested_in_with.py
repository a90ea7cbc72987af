import json


def load_settings(path):
    try:
        with open(path) as fh:
            try:
                return json.load(fh)
            except json.JSONDecodeError as err:
                raise ValueError(f"bad settings in {path}") from err
    except FileNotFoundError:
        return {"theme": "light"}
