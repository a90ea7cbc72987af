import json


class SettingsError(ValueError):
    """The settings file exists but does not hold valid JSON."""

    def __init__(self, path):
        super().__init__(f"bad settings in {path}")
        self.path = path


DEFAULT_SETTINGS = {"theme": "light"}


def load_settings(path):
    try:
        with open(path, encoding="utf-8") as settings_file:
            raw = settings_file.read()
    except FileNotFoundError:
        return dict(DEFAULT_SETTINGS)

    try:
        return json.loads(raw)
    except json.JSONDecodeError as err:
        raise SettingsError(path) from err
