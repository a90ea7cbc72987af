import json


class SettingsError(ValueError):
    """The settings file exists but cannot be used."""


def load_settings(path):
    try:
        with open(path, encoding="utf-8") as settings_file:
            return json.load(settings_file)
    except FileNotFoundError:
        return {"theme": "light"}
    except json.JSONDecodeError as err:
        raise SettingsError(f"bad settings in {path}") from err
