import json
from pathlib import Path


def load_settings(path):
    """Read JSON settings from *path*; a missing file gives the defaults."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return {"theme": "light"}
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"bad settings in {path}") from exc
