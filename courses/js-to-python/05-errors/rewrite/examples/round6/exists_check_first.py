import json
import os


def load_settings(path):
    if not os.path.exists(path):
        return {"theme": "light"}
    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise ValueError(f"bad settings in {path}") from err
