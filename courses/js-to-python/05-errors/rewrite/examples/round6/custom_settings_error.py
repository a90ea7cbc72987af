"""Load settings, falling back to defaults when the file is missing."""
import json


class SettingsError(ValueError):
    """The settings file exists but is not valid JSON."""


def load_settings(path):
    try:
        with open(path, encoding="utf-8") as settings_file:
            raw = settings_file.read()
    except FileNotFoundError:
        return {"theme": "light"}

    try:
        return json.loads(raw)
    except json.JSONDecodeError as err:
        raise SettingsError(f"bad settings in {path}") from err
