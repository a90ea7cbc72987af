import json


def load_settings(path):
    try:
        with open(path, encoding="utf-8") as settings_file:
            text = settings_file.read()
    except FileNotFoundError:
        return {"theme": "light"}

    try:
        settings = json.loads(text)
    except json.JSONDecodeError:
        raise ValueError(f"bad settings in {path}")
    return settings


if __name__ == "__main__":
    print(load_settings("settings.json"))
