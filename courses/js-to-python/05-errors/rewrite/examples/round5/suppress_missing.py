import json
from contextlib import suppress

DEFAULTS = {"theme": "light"}


def load_settings(path):
    text = None
    with suppress(FileNotFoundError):
        with open(path, encoding="utf-8") as f:
            text = f.read()
    if text is None:
        return dict(DEFAULTS)
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise ValueError(f"bad settings in {path}") from err
