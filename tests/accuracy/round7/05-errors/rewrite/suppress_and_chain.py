import json
from contextlib import suppress


def load_settings(path):
    text = None
    with suppress(FileNotFoundError):
        with open(path, encoding="utf-8") as f:
            text = f.read()
    if text is None:
        return {"theme": "light"}
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise ValueError(f"bad settings in {path}") from err
