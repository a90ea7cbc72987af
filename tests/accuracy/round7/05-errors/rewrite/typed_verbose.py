from __future__ import annotations

import json
from typing import Any

DEFAULT_SETTINGS: dict[str, Any] = {"theme": "light"}


def load_settings(path: str) -> dict[str, Any]:
    """Read settings from path, or the defaults when the file is missing."""
    try:
        with open(path, "r", encoding="utf-8") as settings_file:
            contents = settings_file.read()
    except FileNotFoundError:
        return DEFAULT_SETTINGS.copy()
    else:
        try:
            settings: dict[str, Any] = json.loads(contents)
        except json.JSONDecodeError as decode_error:
            message = f"bad settings in {path}"
            raise ValueError(message) from decode_error
        return settings
