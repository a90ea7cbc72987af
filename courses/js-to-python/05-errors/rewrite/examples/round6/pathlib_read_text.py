import json
from pathlib import Path

DEFAULTS = {"theme": "light"}


def load_settings(path):
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return dict(DEFAULTS)
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise ValueError(f"bad settings in {path}") from err
