import json


def load_settings(path):
    """Return (error, settings) like a Node callback."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        return None, {"theme": "light"}
    try:
        return None, json.loads(text)
    except json.JSONDecodeError as err:
        return ValueError(f"bad settings in {path}"), None
