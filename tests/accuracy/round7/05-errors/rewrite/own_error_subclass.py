import json


class SettingsError(ValueError):
    """The settings file exists but is not valid JSON."""


DEFAULTS = {"theme": "light"}


def load_settings(path):
    try:
        with open(path, encoding="utf-8") as handle:
            raw = handle.read()
    except FileNotFoundError:
        return dict(DEFAULTS)
    try:
        return json.loads(raw)
    except ValueError as err:
        raise SettingsError(f"bad settings in {path}") from err
