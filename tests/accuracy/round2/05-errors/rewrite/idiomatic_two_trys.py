import json

DEFAULT_SETTINGS = {"theme": "light"}


def load_settings(path):
    try:
        with open(path, encoding="utf-8") as settings_file:
            text = settings_file.read()
    except FileNotFoundError:
        return dict(DEFAULT_SETTINGS)
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise ValueError(f"bad settings in {path}") from err


if __name__ == "__main__":
    print(load_settings("settings.json"))
