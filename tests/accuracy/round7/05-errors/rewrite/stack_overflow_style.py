import json
import os


def load_settings(path):
    path = os.fspath(path)
    # Read the file; only "does not exist" falls back to defaults.
    try:
        with open(path, mode="r", encoding="utf-8") as settings_file:
            raw_text = settings_file.read()
    except FileNotFoundError:
        return {"theme": "light"}
    # Parse it; keep the original JSON error as the cause.
    try:
        data = json.loads(raw_text)
    except ValueError as error:
        raise ValueError("bad settings in " + path) from error
    return data
