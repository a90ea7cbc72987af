import json


def load_settings(path):
    """Returns (error, settings) like a node callback."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        return None, {"theme": "light"}
    try:
        return None, json.loads(text)
    except json.JSONDecodeError as err:
        return ValueError(f"bad settings in {path}"), None


if __name__ == "__main__":
    err, settings = load_settings("settings.json")
    if err:
        print("error:", err)
    else:
        print(settings)
