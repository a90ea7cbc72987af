import json
from pathlib import Path


def load_settings(path):
    settings_file = Path(path)
    try:
        raw = settings_file.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {"theme": "light"}
    try:
        return json.loads(raw)
    except json.JSONDecodeError as err:
        raise ValueError(f"bad settings in {settings_file}") from err


if __name__ == "__main__":
    print(load_settings("settings.json"))
