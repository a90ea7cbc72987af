import json
from dataclasses import dataclass, field


@dataclass
class SettingsLoader:
    path: str
    defaults: dict = field(default_factory=lambda: {"theme": "light"})

    def read_text(self):
        with open(self.path, encoding="utf-8") as handle:
            return handle.read()

    def parse(self, text):
        try:
            return json.loads(text)
        except json.JSONDecodeError as err:
            raise ValueError(f"bad settings in {self.path}") from err

    def load(self):
        try:
            text = self.read_text()
        except FileNotFoundError:
            return dict(self.defaults)
        return self.parse(text)


def load_settings(path):
    return SettingsLoader(path).load()


if __name__ == "__main__":
    print(load_settings("settings.json"))
