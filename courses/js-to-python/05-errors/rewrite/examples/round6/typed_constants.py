from __future__ import annotations

import json
from typing import Any

DEFAULT_SETTINGS: dict[str, Any] = {"theme": "light"}


def load_settings(path: str) -> dict[str, Any]:
    """Return the settings stored at *path*, or the defaults if it does not exist."""
    try:
        with open(path, encoding="utf-8") as handle:
            contents = handle.read()
    except FileNotFoundError:
        return DEFAULT_SETTINGS.copy()
    try:
        settings: dict[str, Any] = json.loads(contents)
    except json.JSONDecodeError as err:
        raise ValueError(f"bad settings in {path}: {err.msg}") from err
    return settings
