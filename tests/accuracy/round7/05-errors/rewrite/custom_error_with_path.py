import json


class SettingsFileError(ValueError):
    def __init__(self, path):
        super().__init__(f"bad settings in {path}")
        self.path = path


def load_settings(path):
    try:
        with open(path, encoding="utf-8") as f:
            content = f.read()
    except FileNotFoundError:
        return {"theme": "light"}

    try:
        return json.loads(content)
    except json.JSONDecodeError as err:
        raise SettingsFileError(path) from err
