import json
from dataclasses import dataclass


@dataclass
class SettingsLoader:
    path: str
    defaults: tuple = (("theme", "light"),)

    def load(self):
        try:
            with open(self.path, encoding="utf-8") as f:
                text = f.read()
        except FileNotFoundError:
            return dict(self.defaults)
        try:
            return json.loads(text)
        except json.JSONDecodeError as err:
            raise ValueError(f"bad settings in {self.path}") from err


def load_settings(path):
    return SettingsLoader(path).load()
