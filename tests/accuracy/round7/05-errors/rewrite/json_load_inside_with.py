import json


def load_settings(path):
    try:
        f = open(path, encoding="utf-8")
    except FileNotFoundError:
        return {"theme": "light"}
    with f:
        try:
            return json.load(f)
        except json.JSONDecodeError as e:
            raise ValueError("bad settings in %s" % path) from e
