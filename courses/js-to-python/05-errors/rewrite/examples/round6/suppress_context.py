import json
from contextlib import suppress


def load_settings(path):
    with suppress(FileNotFoundError), open(path, encoding="utf-8") as f:
        text = f.read()
        try:
            return json.loads(text)
        except json.JSONDecodeError as err:
            raise ValueError(f"bad settings in {path}") from err
    return {"theme": "light"}
