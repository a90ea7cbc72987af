import json

def load_settings(path):
    try:
        with open(path) as f:
            s = f.read()
    except FileNotFoundError:
        return {"theme": "light"}
    try:
        return json.loads(s)
    except ValueError as e:
        raise ValueError("bad settings in %s" % path) from e
