import json


class SettingsLoader:
    defaults = {"theme": "light"}

    def __init__(self, path):
        self.path = path

    def read(self):
        with open(self.path, encoding="utf-8") as handle:
            return handle.read()

    def load(self):
        try:
            text = self.read()
        except FileNotFoundError:
            return dict(self.defaults)
        try:
            return json.loads(text)
        except json.JSONDecodeError as err:
            raise ValueError(f"bad settings in {self.path}") from err


def load_settings(path):
    return SettingsLoader(path).load()
