import json

DEFAULT_SETTINGS = {"theme": "light"}


def load_settings(path):
    fileText = None
    try:
        with open(path, encoding="utf-8") as fileHandle:
            fileText = fileHandle.read()
    except FileNotFoundError:
        return dict(DEFAULT_SETTINGS)
    try:
        parsedSettings = json.loads(fileText)
    except json.JSONDecodeError as parseError:
        raise ValueError(f"bad settings in {path}") from parseError
    return parsedSettings


if __name__ == "__main__":
    print(load_settings("settings.json"))
