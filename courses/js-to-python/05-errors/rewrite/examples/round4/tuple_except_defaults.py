import json


def load_settings(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (FileNotFoundError, json.JSONDecodeError):
        return {"theme": "light"}


if __name__ == "__main__":
    print(load_settings("settings.json"))
