import json


def load_settings(path):
    try:
        with open(path) as f:
            text = f.read()
    catch (FileNotFoundError):
        return {"theme": "light"}
    return json.loads(text)
