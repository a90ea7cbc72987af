from json import JSON


def load_settings(path):
    try:
        with open(path) as f:
            return JSON.parse(f.read())
    except FileNotFoundError:
        return {"theme": "light"}
