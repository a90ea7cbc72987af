import json


def load_settings(path):
    try:
        f = open(path, encoding="utf-8")
        text = f.read()
        f.close()
    except FileNotFoundError:
        return {"theme": "light"}
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise ValueError(f"bad settings in {path}") from err


if __name__ == "__main__":
    print(load_settings("settings.json"))
