import json
from pathlib import Path


def load_settings(path):
    """Read settings from *path*, falling back to the defaults if it is missing."""
    settings_path = Path(path)
    try:
        with settings_path.open(encoding="utf-8") as stream:
            content = stream.read()
    except FileNotFoundError:
        return {"theme": "light"}
    try:
        return json.loads(content)
    except json.JSONDecodeError as error:
        raise ValueError(f"bad settings in {settings_path}") from error


if __name__ == "__main__":
    print(load_settings("settings.json"))
